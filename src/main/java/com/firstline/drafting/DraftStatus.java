package com.firstline.drafting;

public enum DraftStatus {
    /** Waiting in the review queue. */
    PENDING,
    /** Sent up to a supervisor; still answerable. */
    ESCALATED,
    APPROVED,
    REJECTED,
    /** A newer post in the same case has its own draft. */
    SUPERSEDED;

    public boolean awaitsDecision() {
        return this == PENDING || this == ESCALATED;
    }
}
