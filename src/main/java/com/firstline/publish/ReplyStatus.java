package com.firstline.publish;

public enum ReplyStatus {
    /** Approved, waiting for the publish worker. */
    QUEUED,
    /** Claimed by the publish worker; the post may or may not exist yet. */
    SENDING,
    /** A send whose result is unknown (timeout): reconciled (looked for on the platform) before any retry. */
    UNCONFIRMED,
    SENT,
    /** Posted, then deleted from the platform by a supervisor (an automatic reply retracted). */
    RETRACTED,
    /** Parked with a reason for an agent; never retried blindly. */
    FAILED
}
