package com.firstline.x;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/**
 * Decides when the next mention poll runs, and whether one more request fits the budget.
 * Busy (new mentions) → poll at the busy interval; quiet → the interval grows up to the quiet
 * interval; 429 → wait for X's reset; 5xx/timeouts → exponential back-off with jitter. Every
 * request is counted against a sliding 15-minute window, so X's per-window billing is respected.
 */
final class PollPacer {

    private final Pacing pacing;
    private final Clock clock;
    private final RandomGenerator random;
    private final Deque<Instant> requests = new ArrayDeque<>();

    private Duration interval;
    private int failures;
    private Instant nextPollAt;

    PollPacer(Pacing pacing, Clock clock, RandomGenerator random) {
        this.pacing = pacing;
        this.clock = clock;
        this.random = random;
        this.interval = pacing.floor();
        this.nextPollAt = clock.instant();
    }

    synchronized boolean isDue() {
        return !clock.instant().isBefore(nextPollAt);
    }

    synchronized Instant nextPollAt() {
        return nextPollAt;
    }

    /** Takes one request from the budget, or says there is none left in this window. */
    synchronized boolean tryAcquireRequest() {
        Instant now = clock.instant();
        forgetBefore(now.minus(Pacing.WINDOW));
        if (requests.size() >= pacing.requestsPer15Min()) {
            return false;
        }
        requests.addLast(now);
        return true;
    }

    synchronized int remainingBudget() {
        forgetBefore(clock.instant().minus(Pacing.WINDOW));
        return Math.max(0, pacing.requestsPer15Min() - requests.size());
    }

    synchronized void afterSuccess(int newMentions) {
        failures = 0;
        interval = newMentions > 0 ? pacing.floor() : grown(interval);
        schedule(clock.instant().plus(interval));
    }

    /** X said when the window resets; a little jitter keeps several instances from returning at once. */
    synchronized void afterRateLimit(Instant resetAt) {
        failures = 0;
        Instant earliest = clock.instant().plus(pacing.floor());
        Instant at = resetAt != null && resetAt.isAfter(earliest) ? resetAt : earliest;
        schedule(at.plusMillis(random.nextLong(1_000)));
    }

    /** Exponential back-off with "equal jitter": half the delay fixed, half random. */
    synchronized void afterFailure() {
        failures++;
        long base = pacing.backoffBase().toMillis();
        long capped = Math.min(pacing.backoffMax().toMillis(), base << Math.min(failures - 1, 20));
        long delay = capped / 2 + random.nextLong(capped / 2 + 1);
        schedule(clock.instant().plusMillis(delay));
    }

    /** Never earlier than the oldest counted request leaves the window when the budget is spent. */
    private void schedule(Instant at) {
        forgetBefore(clock.instant().minus(Pacing.WINDOW));
        if (requests.size() >= pacing.requestsPer15Min() && !requests.isEmpty()) {
            Instant budgetBack = requests.peekFirst().plus(Pacing.WINDOW);
            at = budgetBack.isAfter(at) ? budgetBack : at;
        }
        nextPollAt = at;
    }

    private Duration grown(Duration current) {
        Duration next = Duration.ofMillis((long) (current.toMillis() * pacing.quietGrowth()));
        Duration floor = pacing.floor();
        if (next.compareTo(floor) < 0) {
            return floor;
        }
        return next.compareTo(pacing.quietInterval()) > 0 ? pacing.quietInterval() : next;
    }

    private void forgetBefore(Instant cutoff) {
        while (!requests.isEmpty() && !requests.peekFirst().isAfter(cutoff)) {
            requests.removeFirst();
        }
    }
}
