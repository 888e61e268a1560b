package com.firstline.drafting.checks;

import com.firstline.drafting.PostLength;

import java.util.Optional;

/** One post on X: 280 weighted characters with the @handle in front, every URL counted as 23. */
public final class FitsOnePost implements ReplyCheck {

    @Override
    public Optional<String> problem(CheckedReply reply) {
        int length = PostLength.of(reply.handle(), reply.text());
        return length <= PostLength.LIMIT ? Optional.empty() : Optional.of(
                "Too long for one post: " + length + " of " + PostLength.LIMIT + " characters with the @handle.");
    }
}
