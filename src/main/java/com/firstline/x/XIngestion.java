package com.firstline.x;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs mention polls when the {@link PollPacer} says one is due, and keeps the facts the health
 * check and the queue page show. A failure is never silent: it is logged, counted, and turns
 * readiness DOWN once it has lasted longer than firstline.x.health.failing-after, timed from the
 * first request X did not answer, whether a poll or any other ({@link XReachability}).
 */
@ApplicationScoped
public class XIngestion {

    private static final Logger LOG = Logger.getLogger(XIngestion.class);

    @Inject
    XSettings settings;

    @Inject
    MentionPoller poller;

    @Inject
    XClient client;

    @Inject
    PollerLease lease;

    @Inject
    XReachability reachability;

    private final Clock clock = Clock.systemUTC();
    /** Separate from the state's lock, so health can be read while a slow poll runs. */
    private final Object pollLock = new Object();
    private PollPacer pacer;
    private Instant startedAt;
    private Instant lastSuccess;
    private Instant failingSince;
    private int consecutiveErrors;
    private String lastError;
    /** Set when X is on but the client cannot call it: readiness is DOWN from the start, with this reason. */
    private String configurationProblem;

    @PostConstruct
    void start() {
        pacer = new PollPacer(Pacing.from(settings.poll()), clock, ThreadLocalRandom.current());
        startedAt = clock.instant();
        if (settings.enabled()) {
            configurationProblem = client.configurationProblem().orElse(null);
            if (configurationProblem != null) {
                LOG.errorf("X is enabled but no mention can be read: %s", configurationProblem);
            }
        }
    }

    /** The lease is renewed on every tick, not only when a poll is due, so quiet hours do not hand it on. */
    @Scheduled(every = "${firstline.x.poll.tick}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.enabled() && lease.hold(settings.brandUserId().orElse(""), clock.instant()) && pacer.isDue()) {
            pollNow();
        }
    }

    /** Polls now, whatever the schedule says, and records the outcome. One poll at a time. */
    public void pollNow() {
        synchronized (pollLock) {
            pollAndRecord();
        }
    }

    private void pollAndRecord() {
        try {
            PollReport report = poller.poll(pacer);
            pacer.afterSuccess(report.stored());
            succeeded();
            LOG.debugf("Mention poll: %s", report);
        } catch (XApiException e) {
            if (e.failure() == XApiException.Failure.RATE_LIMITED) {
                pacer.afterRateLimit(e.resetAt().orElse(null));
            } else {
                pacer.afterFailure();
            }
            failed(e.getMessage());
        } catch (RuntimeException e) {
            pacer.afterFailure();
            failed(e.toString());
        }
    }

    /** A poll is due now (the scheduler would run one on its next tick). */
    public boolean isDue() {
        return pacer.isDue();
    }

    public synchronized ChannelHealth health() {
        if (!settings.enabled()) {
            return new ChannelHealth(ChannelHealth.DISABLED, null, null, 0, null, null, 0, null);
        }
        Instant now = clock.instant();
        if (configurationProblem == null && lease.standingBy(now)) {
            return new ChannelHealth(ChannelHealth.STANDBY, null, null, 0, null, null, pacer.remainingBudget(), null);
        }
        Instant since = lastSuccess == null ? startedAt : lastSuccess;
        Duration lag = Duration.between(since, now);
        Instant failing = earliest(failingSince, reachability.failingSince());
        boolean failingTooLong = failing != null
                && Duration.between(failing, now).compareTo(settings.health().failingAfter()) > 0;
        boolean silentTooLong = lag.compareTo(settings.health().staleAfter()) > 0;
        boolean down = failingTooLong || silentTooLong || configurationProblem != null;
        return new ChannelHealth(down ? ChannelHealth.DOWN : ChannelHealth.UP, lastSuccess,
                lastSuccess == null ? null : lag, consecutiveErrors, lastError(), failing, pacer.remainingBudget(),
                pacer.nextPollAt());
    }

    private String lastError() {
        if (lastError != null) {
            return lastError;
        }
        return configurationProblem != null ? configurationProblem : reachability.lastFailure();
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    private synchronized void succeeded() {
        lastSuccess = clock.instant();
        failingSince = null;
        consecutiveErrors = 0;
    }

    private synchronized void failed(String error) {
        consecutiveErrors++;
        lastError = error;
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        LOG.warnf("Mention poll failed (%d in a row, next try at %s): %s", consecutiveErrors, pacer.nextPollAt(), error);
    }
}
