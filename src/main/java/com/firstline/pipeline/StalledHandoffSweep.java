package com.firstline.pipeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stage commits its work before handing the id to the next channel, so a crash or a failed
 * downstream step can leave work stored but unfinished. Each hand-off has a sweep that offers
 * such work again; the receiving stages are idempotent, so offering finished work does nothing.
 * The same work is offered again at most once per {@link #offerAgainAfter()} ({@link RecentOffers}).
 */
public abstract class StalledHandoffSweep {

    private static final Logger LOG = Logger.getLogger(StalledHandoffSweep.class);
    protected static final int SWEEP_BATCH = 500;

    @Inject
    protected PipelineSettings pipeline;

    /** Each sweep offers at most a batch, and a wait spans a few sweeps: room for several batches. */
    private final RecentOffers offered = new RecentOffers(4 * SWEEP_BATCH);

    /** Ids of work handed off before {@code before} and still not done downstream (at most {@link #SWEEP_BATCH}). */
    protected abstract List<Long> stalledSince(Instant before);

    protected abstract void resend(long id);

    /** What is re-sent, for the log ("mention(s) to triage"). */
    protected abstract String describe();

    /**
     * How long to wait before offering the same work again. By default the stage's own
     * {@code stalled-after}: work offered again and still unfinished after that long is stalled anew.
     */
    protected Duration offerAgainAfter() {
        return pipeline.stalledAfter();
    }

    protected void resendStalled() {
        Instant now = Instant.now();
        List<Long> stalled = QuarkusTransaction.requiringNew().call(() -> stalledSince(now.minus(pipeline.stalledAfter())));
        List<Long> due = offered.due(stalled, now, offerAgainAfter());
        if (!due.isEmpty()) {
            LOG.warnf("Re-sending %d %s, unfinished after %s", due.size(), describe(), pipeline.stalledAfter());
            due.forEach(this::resend);
        }
    }
}
