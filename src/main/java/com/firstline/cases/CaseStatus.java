package com.firstline.cases;

/** Where a case stands: open (waiting for us) → waiting on the customer → closed (resolved). */
public enum CaseStatus {
    /** The customer is waiting for our answer. */
    OPEN,
    /** We have answered and wait on the customer; their next post opens it again. */
    WAITING,
    /** Resolved, with its {@link Resolution}; a new post from the customer opens it again. */
    CLOSED
}
