package com.firstline.autopilot;

import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;

import java.time.Instant;

/**
 * What the policy needs to know about one draft: its triage, its checks' verdict, the case's
 * history with the autopilot, and how many automatic replies went out in the last hour.
 *
 * @param macroAllows      the draft's reply macro may be sent automatically (the support lead's call per situation)
 * @param approvedTemplate the text is a template a supervisor approved for this situation (an
 *                         incident's holding reply), not the drafter's own answer
 * @param postLanguage     the post's language as triage found it (ISO 639-1, or "und")
 * @param replyLanguage    the reply's language, told the same way
 */
public record Candidate(Intent intent, double confidence, boolean flagged, boolean macroAllows, Sentiment sentiment,
                        double sentimentScore, int reach, String urgencySignals, boolean autoAnsweredBefore,
                        Instant at, long sentInLastHour, boolean approvedTemplate, String postLanguage,
                        String replyLanguage) {

    /** A language that cannot be told (emoji only, a link), as X and the triage write it. */
    static final String UNDETERMINED = "und";

    /** The same draft as another reading of the post's topic and mood would see it. */
    public Candidate readAs(Intent otherIntent, Sentiment otherSentiment, double otherSentimentScore) {
        return new Candidate(otherIntent, confidence, flagged, macroAllows, otherSentiment, otherSentimentScore, reach,
                urgencySignals, autoAnsweredBefore, at, sentInLastHour, approvedTemplate, postLanguage, replyLanguage);
    }

    /** Both languages are known and they differ: the reply would answer the customer in another language. */
    public boolean answersInAnotherLanguage() {
        return !UNDETERMINED.equals(postLanguage) && !UNDETERMINED.equals(replyLanguage)
                && !postLanguage.equals(replyLanguage);
    }
}
