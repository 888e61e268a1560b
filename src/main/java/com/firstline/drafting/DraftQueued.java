package com.firstline.drafting;

/**
 * A new draft is in the review queue. Fired inside the transaction that stores it; observers that
 * act on it (the autopilot) observe it after that transaction commits.
 */
public record DraftQueued(long draftId) {
}
