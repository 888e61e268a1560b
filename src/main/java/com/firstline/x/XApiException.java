package com.firstline.x;

import java.time.Instant;
import java.util.Optional;

/** A call to X that did not give a usable answer, sorted by what the caller can safely do next. */
public class XApiException extends Exception {

    public enum Failure {
        /** 429: wait until {@link #resetAt()}. */
        RATE_LIMITED,
        /** 503 and connection refusals: X did not act on the request; retrying is safe. */
        UNAVAILABLE,
        /** A timeout, another 5xx or an unreadable 2xx body: X may or may not have acted. */
        UNKNOWN_RESULT,
        /** 403 "duplicate content": X already has a post of ours with this text. */
        DUPLICATE_CONTENT,
        /** Any other 4xx: the same request cannot succeed (bad request, no access). */
        REJECTED
    }

    private final Failure failure;
    private final int status;
    private final Instant resetAt;

    public XApiException(Failure failure, int status, Instant resetAt, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.status = status;
        this.resetAt = resetAt;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status, or -1 where no response came. */
    public int status() {
        return status;
    }

    /** When the rate-limit window resets (x-rate-limit-reset), where X said. */
    public Optional<Instant> resetAt() {
        return Optional.ofNullable(resetAt);
    }
}
