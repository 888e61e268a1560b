package com.firstline.triage;

import com.firstline.ingest.IntakeService;
import com.firstline.ingest.Mention;
import com.firstline.pipeline.StalledHandoffSweep;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** Offers triage the mentions that were stored but never triaged; it lives with the triage table it reads. */
@ApplicationScoped
public class StalledMentionSweep extends StalledHandoffSweep {

    @Inject
    IntakeService intake;

    @Scheduled(every = "${firstline.pipeline.sweep-every}", delayed = "${firstline.pipeline.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        resendStalled();
    }

    @Override
    protected List<Long> stalledSince(Instant before) {
        return Mention.getEntityManager()
                .createQuery("select m.id from Mention m where m.receivedAt < ?1"
                        + " and not exists (select t.id from Triage t where t.mention = m) order by m.id", Long.class)
                .setParameter(1, before)
                .setMaxResults(SWEEP_BATCH)
                .getResultList();
    }

    @Override
    protected void resend(long id) {
        intake.resend(id);
    }

    @Override
    protected String describe() {
        return "mention(s) to triage";
    }
}
