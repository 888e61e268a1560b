package com.firstline.x;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Decides which instance polls X. Every instance with the X channel on runs the poll schedule,
 * but only the holder of the account's {@link PollLease} polls, so the request budget is spent
 * once and the cursor has one writer. The holder renews the lease once half of it is gone; when it
 * dies, the lease runs out and the next instance to look takes over. The database is asked at
 * most then, not on every tick.
 */
@ApplicationScoped
public class PollerLease {

    private static final Logger LOG = Logger.getLogger(PollerLease.class);

    private Duration lease;
    private String holder;
    /** Ours until then, as far as this instance knows; null when another instance holds it. */
    private Instant heldUntil;
    /** Another instance's lease, as last read: no need to ask again before it ends. */
    private Instant othersUntil;

    @Inject
    PollerLease(XSettings settings) {
        this(settings.poll().lease(), ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** @param holder this instance's name in the lease table ("pid@host/uuid": unique per process) */
    PollerLease(Duration lease, String holder) {
        this.lease = lease;
        this.holder = holder;
    }

    /** True when this instance holds the lease for the account now, taking or renewing it as needed. */
    synchronized boolean hold(String account, Instant now) {
        if (heldUntil != null && now.isBefore(heldUntil.minus(lease.dividedBy(2)))) {
            return true;
        }
        if (standingBy(now)) {
            return false;
        }
        Instant until = now.plus(lease);
        boolean held = tryHold(account, now, until);
        if (held && heldUntil == null) {
            LOG.infof("This instance (%s) now polls X for account %s", holder, account);
        } else if (!held && heldUntil != null) {
            LOG.infof("Another instance polls X for account %s now; this one stands by", account);
        }
        heldUntil = held ? until : null;
        return held;
    }

    /** Another instance held the lease when this one last looked, and its lease has not run out. */
    synchronized boolean standingBy(Instant now) {
        return heldUntil == null && othersUntil != null && now.isBefore(othersUntil);
    }

    private boolean tryHold(String account, Instant now, Instant until) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (PollLease.tryHold(account, holder, now, until)) {
                    return true;
                }
                PollLease current = PollLease.findById(account);
                if (current == null) {
                    PollLease.create(account, holder, until);
                    return true;
                }
                othersUntil = current.expiresAt;
                return false;
            });
        } catch (RuntimeException e) {
            // Another instance created the lease at the same moment, or the database is away:
            // either way this instance does not poll now and looks again on the next tick.
            LOG.debugf("Poll lease for %s not taken: %s", account, e.getMessage());
            return false;
        }
    }
}
