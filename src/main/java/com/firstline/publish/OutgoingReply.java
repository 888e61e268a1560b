package com.firstline.publish;

/** What a publisher needs to post one reply in the customer's thread. */
public record OutgoingReply(long replyId, String inReplyToPostId, String handle, String text) {
}
