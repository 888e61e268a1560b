package com.firstline.drafting;

import com.firstline.pipeline.StalledHandoffSweep;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import com.firstline.triage.TriageStage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Offers drafting the triaged mentions that never got a draft; it lives with the draft table it reads.
 * Spam gets no draft and is left alone.
 */
@ApplicationScoped
public class StalledTriageSweep extends StalledHandoffSweep {

    @Inject
    TriageStage stage;

    @Scheduled(every = "${firstline.pipeline.sweep-every}", delayed = "${firstline.pipeline.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        resendStalled();
    }

    @Override
    protected List<Long> stalledSince(Instant before) {
        return Triage.getEntityManager()
                .createQuery("select t.mention.id from Triage t where t.triagedAt < ?1 and t.intent <> ?2"
                        + " and not exists (select d.id from Draft d where d.mention = t.mention)"
                        + " order by t.id", Long.class)
                .setParameter(1, before)
                .setParameter(2, Intent.SPAM)
                .setMaxResults(SWEEP_BATCH)
                .getResultList();
    }

    @Override
    protected void resend(long id) {
        stage.resend(id);
    }

    @Override
    protected String describe() {
        return "triaged mention(s) to drafting";
    }
}
