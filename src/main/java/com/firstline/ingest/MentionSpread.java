package com.firstline.ingest;

/**
 * A post already taken in came again with more shares or replies than stored (X reports the counts
 * as they are when the post is read). Fired inside intake's transaction; triage works out the
 * post's reach and priority again once it commits.
 */
public record MentionSpread(long mentionId) {
}
