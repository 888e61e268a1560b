package com.firstline.pipeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stage commits its work before handing the id to the next channel, so a crash or a failed
 * downstream step can leave work stored but unfinished. Each hand-off has a sweep that offers
 * such work again; the receiving stages are idempotent, so offering finished work does nothing.
 */
public abstract class StalledHandoffSweep {

    private static final Logger LOG = Logger.getLogger(StalledHandoffSweep.class);
    protected static final int SWEEP_BATCH = 500;

    @ConfigProperty(name = "firstline.pipeline.stalled-after")
    protected Duration stalledAfter;

    /** Ids of work handed off before {@code before} and still not done downstream (at most {@link #SWEEP_BATCH}). */
    protected abstract List<Long> stalledSince(Instant before);

    protected abstract void resend(long id);

    /** What is re-sent, for the log ("mention(s) to triage"). */
    protected abstract String describe();

    protected void resendStalled() {
        List<Long> stalled = QuarkusTransaction.requiringNew().call(() -> stalledSince(Instant.now().minus(stalledAfter)));
        if (!stalled.isEmpty()) {
            LOG.warnf("Re-sending %d %s, unfinished after %s", stalled.size(), describe(), stalledAfter);
            stalled.forEach(this::resend);
        }
    }
}
