package com.firstline.pipeline;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * A pipeline stage that works on the mentions it receives in batches ({@link Batcher}). Each
 * receiving method hands its mention id to {@link #receive} from its own worker thread and returns
 * when the batch holding it is done, so the message is acknowledged after the work is committed.
 *
 * <p>A batch that fails is worked on again one mention at a time, so one bad post costs its
 * batch-mates a second try, not their work; a mention that fails alone is left for the stage's
 * stalled-work sweep. Each batch is timed as one step of {@code firstline.stage} (tag
 * {@code stage}), and its size recorded in {@code firstline.stage.batch}.
 */
public abstract class BatchStage {

    private static final Logger LOG = Logger.getLogger(BatchStage.class);

    @Inject
    protected MeterRegistry metrics;

    @Inject
    protected PipelineSettings pipeline;

    private Batcher<Long> batcher;
    private Timer steps;
    private DistributionSummary sizes;

    /** The stage's name in logs and metrics ("triage", "drafting"). */
    protected abstract String stage();

    /** Does the stage's work for these mentions; throws when any of it could not be done. */
    protected abstract void workOn(List<Long> mentionIds);

    @PostConstruct
    void startBatches() {
        steps = StageTimer.of(metrics, stage());
        sizes = DistributionSummary.builder("firstline.stage.batch").tag("stage", stage())
                .description("Mentions worked on in one step of a pipeline stage").register(metrics);
        batcher = new Batcher<>(stage(), pipeline.batchSize(), this::step);
    }

    @PreDestroy
    void stopBatches() {
        batcher.close();
    }

    /** Waits until the mention's batch is done. */
    protected void receive(long mentionId) {
        batcher.submit(mentionId);
    }

    private void step(List<Long> mentionIds) {
        sizes.record(mentionIds.size());
        steps.record(() -> workOnEach(mentionIds));
    }

    private void workOnEach(List<Long> mentionIds) {
        try {
            workOn(mentionIds);
        } catch (RuntimeException e) {
            if (mentionIds.size() == 1) {
                LOG.errorf(e, "%s of mention %d failed; the stalled-work sweep offers it again", stage(),
                        mentionIds.get(0));
                return;
            }
            LOG.warnf("%s of a batch of %d mentions failed (%s); trying each alone", stage(), mentionIds.size(), e);
            mentionIds.forEach(id -> workOnEach(List.of(id)));
        }
    }
}
