package com.firstline.x;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * Whether X answers at all, from every request the client makes: polls, lookups, posts and
 * deletes. An outage is timed from its first failed request of any kind, so readiness does not
 * wait for the next mention poll (minutes away when the brand is quiet) to notice that X is down.
 * X refusing a request (4xx, 429) is an answer: only failures to get one count.
 */
@ApplicationScoped
public class XReachability {

    private final Clock clock = Clock.systemUTC();
    private Instant failingSince;
    private String lastFailure;

    synchronized void answered() {
        failingSince = null;
        lastFailure = null;
    }

    synchronized void noAnswer(XApiException e) {
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        lastFailure = e.getMessage();
    }

    /** Since when no request has been answered; null while X answers. */
    synchronized Instant failingSince() {
        return failingSince;
    }

    synchronized String lastFailure() {
        return lastFailure;
    }

    static boolean isOutage(XApiException e) {
        return e.failure() == XApiException.Failure.UNAVAILABLE || e.failure() == XApiException.Failure.UNKNOWN_RESULT;
    }
}
