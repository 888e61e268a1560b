package com.firstline.x;

import java.time.Duration;
import java.time.Instant;

/**
 * The X channel's health at one moment, for the readiness check and the queue page's banner.
 * {@code state} is "disabled", "up", "down" or "standby" (another instance polls; this one takes
 * over if that one stops); times are null where there is none yet.
 */
public record ChannelHealth(String state, Instant lastSuccessfulPoll, Duration lag, int consecutiveErrors,
                            String lastError, Instant failingSince, int remainingBudget, Instant nextPollAt) {

    public static final String DISABLED = "disabled";
    public static final String UP = "up";
    public static final String DOWN = "down";
    public static final String STANDBY = "standby";

    public boolean isDown() {
        return DOWN.equals(state);
    }
}
