package com.firstline.x;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.*;

/** The pacing rules on a clock the test moves by hand. */
class PollPacerTest {

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    /** A clock that stands still until the test moves it. */
    static final class HandClock extends Clock {
        Instant now = T0;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final Pacing pacing = new Pacing(10, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(5),
            Duration.ofSeconds(10), Duration.ofMinutes(2));

    PollPacer pacer(RandomGenerator random) {
        return new PollPacer(pacing, clock, random);
    }

    @Test
    void busyPollsRunAtTheBudgetsSpacingAndQuietOnesSlowDownToTheQuietInterval() {
        PollPacer pacer = pacer(RandomGenerator.of("L64X128MixRandom"));
        assertTrue(pacer.isDue(), "the first poll runs at once");

        pacer.afterSuccess(3);
        // 10 requests per 15 min: 90 s apart at the least, even though the busy interval says 30 s.
        assertEquals(T0.plusSeconds(90), pacer.nextPollAt());

        pacer.afterSuccess(0);
        assertEquals(T0.plusSeconds(180), pacer.nextPollAt());
        pacer.afterSuccess(0);
        pacer.afterSuccess(0);
        assertEquals(T0.plus(Duration.ofMinutes(5)), pacer.nextPollAt(), "capped at the quiet interval");

        pacer.afterSuccess(1);
        assertEquals(T0.plusSeconds(90), pacer.nextPollAt(), "new mentions bring it back to busy");
    }

    @Test
    void theRequestBudgetIsASliding15MinuteWindow() {
        PollPacer pacer = pacer(RandomGenerator.of("L64X128MixRandom"));
        for (int i = 0; i < 10; i++) {
            assertTrue(pacer.tryAcquireRequest());
            clock.advance(Duration.ofSeconds(10));
        }
        assertFalse(pacer.tryAcquireRequest());
        assertEquals(0, pacer.remainingBudget());

        pacer.afterSuccess(5);
        assertEquals(T0.plus(Duration.ofMinutes(15)), pacer.nextPollAt(), "waits until the oldest request leaves the window");

        clock.advance(Duration.ofMinutes(15).minusSeconds(100));
        assertEquals(1, pacer.remainingBudget());
        assertTrue(pacer.tryAcquireRequest());
    }

    @Test
    void a429WaitsUntilTheResetPlusLessThanASecondOfJitter() {
        PollPacer pacer = pacer(RandomGenerator.of("L64X128MixRandom"));
        Instant reset = T0.plus(Duration.ofMinutes(12));

        pacer.afterRateLimit(reset);

        assertFalse(pacer.nextPollAt().isBefore(reset));
        assertTrue(pacer.nextPollAt().isBefore(reset.plusSeconds(1)));
        clock.advance(Duration.ofMinutes(11));
        assertFalse(pacer.isDue());
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(pacer.isDue());
    }

    @Test
    void aResetInThePastOrMissingStillWaitsTheBusyInterval() {
        PollPacer pacer = pacer(RandomGenerator.of("L64X128MixRandom"));
        pacer.afterRateLimit(null);
        assertFalse(pacer.nextPollAt().isBefore(T0.plusSeconds(90)));
    }

    @Test
    void failuresBackOffExponentiallyWithJitterUpToTheMaximum() {
        // Base 10 s doubling, capped at 2 min; half of each wait is random.
        long[][] bounds = {{5_000, 10_000}, {10_000, 20_000}, {20_000, 40_000}, {40_000, 80_000},
                {60_000, 120_000}, {60_000, 120_000}};
        for (RandomGenerator random : new RandomGenerator[]{lowest(), highest(), RandomGenerator.of("L64X128MixRandom")}) {
            PollPacer pacer = pacer(random);
            for (long[] b : bounds) {
                pacer.afterFailure();
                long wait = Duration.between(T0, pacer.nextPollAt()).toMillis();
                assertTrue(wait >= b[0] && wait <= b[1], "waited " + wait + " ms, expected " + b[0] + ".." + b[1]);
            }
        }
    }

    @Test
    void jitterSpreadsTheWait() {
        PollPacer low = pacer(lowest());
        PollPacer high = pacer(highest());
        low.afterFailure();
        high.afterFailure();
        assertEquals(T0.plusSeconds(5), low.nextPollAt());
        assertEquals(T0.plusSeconds(10), high.nextPollAt());
    }

    @Test
    void aSuccessEndsTheBackOff() {
        PollPacer pacer = pacer(highest());
        pacer.afterFailure();
        pacer.afterFailure();
        pacer.afterSuccess(0);
        pacer.afterFailure();
        assertEquals(T0.plusSeconds(10), pacer.nextPollAt(), "the back-off starts over from its base");
    }

    /** A random source that always draws the smallest value. */
    static RandomGenerator lowest() {
        return () -> 0L;
    }

    /** A random source that always draws the largest value below the bound. */
    static RandomGenerator highest() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
    }
}
