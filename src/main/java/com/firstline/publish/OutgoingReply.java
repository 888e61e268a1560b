package com.firstline.publish;

import java.time.Instant;

/**
 * What a publisher needs to post one reply in the customer's thread, or a broadcast (answering no
 * post) on the brand's timeline; when it was queued bounds the search for an unknown send.
 */
public record OutgoingReply(long replyId, String inReplyToPostId, String handle, String text, Instant queuedAt) {

    public boolean isBroadcast() {
        return inReplyToPostId == null;
    }
}
