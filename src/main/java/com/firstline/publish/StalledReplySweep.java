package com.firstline.publish;

import com.firstline.pipeline.StalledHandoffSweep;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Offers the publish worker replies it should look at again: approved replies still queued (hand-off
 * lost, or a passing failure now due), sends whose result is unknown, and claims that expired
 * (the worker stopped mid-send). The worker decides, reconciling before any second send.
 */
@ApplicationScoped
public class StalledReplySweep extends StalledHandoffSweep {

    @Inject
    ApprovedReplies approvedReplies;

    @Scheduled(every = "${firstline.pipeline.sweep-every}", delayed = "${firstline.pipeline.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        resendStalled();
    }

    @Override
    protected List<Long> stalledSince(Instant before) {
        return Reply.getEntityManager()
                .createQuery("select r.id from Reply r where ((r.status = ?1 and r.createdAt < ?2) or r.status in ?3)"
                        + " and (r.nextAttemptAt is null or r.nextAttemptAt <= ?4) order by r.id", Long.class)
                .setParameter(1, ReplyStatus.QUEUED)
                .setParameter(2, before)
                .setParameter(3, List.of(ReplyStatus.UNCONFIRMED, ReplyStatus.SENDING))
                .setParameter(4, Instant.now())
                .setMaxResults(SWEEP_BATCH)
                .getResultList();
    }

    /** Each reply's next attempt is paced by the publish worker ({@code nextAttemptAt}), not here. */
    @Override
    protected Duration offerAgainAfter() {
        return Duration.ZERO;
    }

    @Override
    protected void resend(long id) {
        approvedReplies.offer(id);
    }

    @Override
    protected String describe() {
        return "approved reply(ies) to the publisher";
    }
}
