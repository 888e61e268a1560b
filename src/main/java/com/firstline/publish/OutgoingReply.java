package com.firstline.publish;

import java.time.Instant;

/**
 * What a publisher needs to send one reply: in the customer's thread, as a broadcast (answering
 * no post) on the brand's timeline, or privately as a DM to {@code recipientId}. When it was
 * queued bounds the search for an unknown send.
 */
public record OutgoingReply(long replyId, String inReplyToPostId, String handle, String text, Instant queuedAt,
                            String recipientId) {

    public boolean isDirect() {
        return recipientId != null;
    }

    public boolean isBroadcast() {
        return inReplyToPostId == null && !isDirect();
    }
}
