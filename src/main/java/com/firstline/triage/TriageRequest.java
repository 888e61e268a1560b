package com.firstline.triage;

import com.firstline.ingest.Mention;

/**
 * What triage looks at: the post text and what we know of its author and its spread.
 *
 * @param lang            the language X declared for the post, or null
 * @param priorUnanswered the customer's earlier posts in the same case that we have not answered
 */
public record TriageRequest(String text, String lang, int followers, boolean verified, int retweets, int quotes,
                            int replies, int priorUnanswered) {

    /** A stored mention, with its case's author and the spread counted so far. */
    public static TriageRequest of(Mention mention, int priorUnanswered) {
        var supportCase = mention.supportCase;
        return new TriageRequest(mention.text, mention.lang, supportCase.customerFollowers,
                supportCase.customerVerified, mention.retweets, mention.quotes, mention.replies, priorUnanswered);
    }

    /** A post with nothing known of its author or spread. */
    public static TriageRequest ofText(String text) {
        return new TriageRequest(text, null, 0, false, 0, 0, 0, 0);
    }
}
