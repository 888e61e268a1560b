package com.firstline.cases;

/** Where a case stands from the customer's point of view. */
public enum CaseStatus {
    /** The customer is waiting for our answer. */
    OPEN,
    /** We have answered; a new post from the customer re-opens it. */
    ANSWERED,
    /** Resolved, with its {@link Resolution}; a new post from the customer opens it again. */
    CLOSED
}
