package com.firstline.triage;

/**
 * What triage looks at: the post text and what we know of its author and its spread.
 *
 * @param lang            the language X declared for the post, or null
 * @param priorUnanswered the customer's earlier posts in the same case that we have not answered
 */
public record TriageRequest(String text, String lang, int followers, boolean verified, int retweets, int quotes,
                            int replies, int priorUnanswered) {

    /** A post with nothing known of its author or spread. */
    public static TriageRequest ofText(String text) {
        return new TriageRequest(text, null, 0, false, 0, 0, 0, 0);
    }
}
