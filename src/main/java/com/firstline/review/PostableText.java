package com.firstline.review;

import com.firstline.cases.Case;
import com.firstline.cases.DirectMessage;
import com.firstline.drafting.PostLength;
import com.firstline.ingest.PostText;
import com.firstline.problem.ProblemException;

/**
 * The rules every text a person writes for X must pass before it is queued, whether it edits a
 * draft or is written from scratch: something visible, one post long with the @handle, and, in
 * public, none of the private details the customer gave in a DM.
 */
final class PostableText {

    private PostableText() {
    }

    /** Refuses a public text that repeats a private detail from the case's DMs (a booking code, an e-mail, a phone number). */
    static void refusePrivateDetails(Case supportCase, String publicText) {
        for (String detail : DirectMessage.privateDetailsIn(supportCase)) {
            if (publicText.contains(detail)) {
                throw new ProblemException(422, "Unprocessable Content", "The public reply repeats a private detail from the"
                        + " customer's DMs (" + mask(detail) + "): send it as a DM instead.");
            }
        }
    }

    /** Enough of a detail for the agent to find it, not enough to leak it into a log or a screenshot. */
    private static String mask(String detail) {
        return detail.length() <= 2 ? "…" : detail.substring(0, 2) + "…";
    }

    /** A DM's text: something visible, within X's 10,000 characters. */
    static String ofDm(String written) {
        String text = PostText.clean(written);
        if (!PostText.hasVisibleText(text)) {
            throw new ProblemException(422, "Unprocessable Content", "The message has nothing visible in it.");
        }
        return text;
    }

    /** The cleaned text, or a 422 saying why it cannot be posted. */
    static String of(String customerHandle, String written) {
        String text = PostText.clean(written);
        if (!PostText.hasVisibleText(text)) {
            throw new ProblemException(422, "Unprocessable Content", "The reply has nothing visible in it.");
        }
        if (!PostLength.fits(customerHandle, text)) {
            throw new ProblemException(422, "Unprocessable Content", "Too long for one post: "
                    + PostLength.of(customerHandle, text) + " of " + PostLength.LIMIT + " characters with the @handle.");
        }
        return text;
    }
}
