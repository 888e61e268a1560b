package com.firstline.review;

import com.firstline.drafting.PostLength;
import com.firstline.ingest.PostText;
import com.firstline.problem.ProblemException;

/**
 * The rule every text a person writes for X must pass before it is queued, whether it edits a
 * draft or is written from scratch: something visible, and one post long with the @handle.
 */
final class PostableText {

    private PostableText() {
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
