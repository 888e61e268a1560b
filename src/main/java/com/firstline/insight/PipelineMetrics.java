package com.firstline.insight;

import com.firstline.drafting.Draft;
import com.firstline.drafting.DraftStatus;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import com.firstline.x.XIngestion;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * The queue as Prometheus sees it: how many drafts wait, how long the oldest has waited, and how
 * much of the X request budget is left. Read from the database when scraped, so every instance
 * reports the same shared queue. Stage throughput and latency are timed where the work happens
 * ({@code firstline.stage} timers).
 */
@ApplicationScoped
public class PipelineMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    XIngestion x;

    void register(@Observes StartupEvent start) {
        Gauge.builder("firstline.queue.pending", this, PipelineMetrics::pendingDrafts)
                .description("Drafts waiting for an agent (pending or escalated)").register(registry);
        Gauge.builder("firstline.queue.oldest.pending.age", this, PipelineMetrics::oldestPendingSeconds)
                .description("Seconds the oldest waiting draft has waited").baseUnit("seconds").register(registry);
        Gauge.builder("firstline.replies.failed", this, PipelineMetrics::failedReplies)
                .description("Replies X refused for good, waiting in the Failed view for an agent").register(registry);
        Gauge.builder("firstline.x.budget.remaining", x, ingestion -> ingestion.health().remainingBudget())
                .description("X mention requests left in the current 15-minute window").register(registry);
    }

    double pendingDrafts() {
        return QuarkusTransaction.requiringNew().call(() ->
                Draft.count("status in ?1", java.util.List.of(DraftStatus.PENDING, DraftStatus.ESCALATED)));
    }

    double failedReplies() {
        return QuarkusTransaction.requiringNew().call(() -> Reply.count("status", ReplyStatus.FAILED));
    }

    double oldestPendingSeconds() {
        Instant oldest = QuarkusTransaction.requiringNew().call(() -> Draft.getEntityManager()
                .createQuery("select min(d.createdAt) from Draft d where d.status in ?1", Instant.class)
                .setParameter(1, java.util.List.of(DraftStatus.PENDING, DraftStatus.ESCALATED))
                .getSingleResult());
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis() / 1000.0;
    }
}
