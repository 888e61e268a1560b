package com.firstline.publish;

import java.time.Instant;
import java.util.Optional;

/** A publisher could not confirm a post. The outcome says what the worker may safely do next. */
public class PublishException extends Exception {

    public enum Outcome {
        /** The platform refused the reply for good (bad request, no access): park it for an agent. */
        REJECTED,
        /**
         * The platform already has a post of ours with this text. After an earlier send whose result
         * was unknown this most likely is that send: the worker looks for it again.
         * Otherwise another reply used the same words, and it is parked like {@link #REJECTED}.
         */
        DUPLICATE,
        /** Nothing was posted (rate limit, service unavailable): retrying is safe. */
        NOT_SENT,
        /** The post may exist (timeout after sending): look for it before any retry. */
        UNKNOWN
    }

    private final Outcome outcome;
    private final Instant retryAt;

    public PublishException(String message, Outcome outcome, Instant retryAt, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
        this.retryAt = retryAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** When the platform said a retry may come (a rate-limit reset), where it said. */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
