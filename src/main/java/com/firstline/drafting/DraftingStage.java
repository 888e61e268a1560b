package com.firstline.drafting;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import com.firstline.cases.Case;
import com.firstline.cases.CaseStatus;
import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.ingest.Mention;
import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pipeline stage: triaged mention → draft in the review queue. The context is read in one short
 * transaction and the draft stored in another, so a slow LLM never holds a database transaction.
 */
@ApplicationScoped
public class DraftingStage {

    private static final Logger LOG = Logger.getLogger(DraftingStage.class);

    @Inject
    DraftingService drafting;

    @Inject
    ReplyContexts contexts;

    @Inject
    ReplyGuard guard;

    @Inject
    MeterRegistry metrics;

    @Inject
    Event<DraftQueued> queued;

    @Incoming(PipelineChannels.TRIAGED)
    @Blocking
    @Timed(value = "firstline.stage", extraTags = {"stage", "drafting"}, histogram = true)
    public void onTriaged(Long received) {
        long mentionId = Handoff.id(received, PipelineChannels.TRIAGED);
        try {
            QuarkusTransaction.requiringNew().call(() -> contextFor(mentionId))
                    .ifPresent(context -> store(context, drafting.draft(context)));
        } catch (RuntimeException e) {
            // Left without a draft: the stalled-triage sweep offers it again later.
            LOG.errorf(e, "Drafting for mention %d failed", mentionId);
        }
    }

    /** The reply context, or nothing when the mention needs no (new) draft. */
    private Optional<ReplyContext> contextFor(long mentionId) {
        Mention mention = Mention.findById(mentionId);
        if (mention == null || Draft.existsForMention(mention)) {
            return Optional.empty();
        }
        Triage triage = Triage.findByMention(mention).orElse(null);
        if (triage == null) {
            return Optional.empty();
        }
        Case supportCase = mention.supportCase;
        if (triage.intent == Intent.SPAM) {
            supportCase.status = CaseStatus.CLOSED;
            return Optional.empty();
        }
        List<String> thread = Mention.thread(supportCase).stream()
                .filter(m -> m.postedAt.isBefore(mention.postedAt)).map(m -> m.text).toList();
        return Optional.of(contexts.of(mention.id, supportCase.customerHandle, supportCase.customerName,
                mention.text, thread, triage.intent, triage.intentScore, triage.sentiment));
    }

    /** From the moment intake stored the post to the moment its draft is in the queue. */
    private Timer queuedLatency() {
        return Timer.builder("firstline.mention.queued.latency").publishPercentileHistogram()
                .description("Intake to review queue, per mention").register(metrics);
    }

    private void store(ReplyContext context, ProposedReply proposal) {
        QuarkusTransaction.requiringNew().run(() -> {
            Mention mention = Mention.findById(context.mentionId());
            if (Draft.existsForMention(mention)) {
                return;
            }
            Draft.supersedePending(mention.supportCase);
            Draft draft = new Draft();
            draft.supportCase = mention.supportCase;
            draft.mention = mention;
            draft.text = proposal.text();
            draft.sources = String.join("\n", proposal.sources());
            draft.confidence = proposal.confidence();
            draft.needsDm = proposal.needsDm();
            draft.draftedBy = proposal.draftedBy();
            draft.checked(guard.problems(context.handle(), proposal.text(), context.text(), context.sentiment(),
                    proposal.sources()));
            draft.priority = Triage.findByMention(mention).map(t -> t.priority).orElse(0);
            draft.status = DraftStatus.PENDING;
            draft.createdAt = Instant.now();
            draft.persist();
            queued.fire(new DraftQueued(draft.id));
            queuedLatency().record(Duration.between(mention.receivedAt, draft.createdAt));
        });
    }
}
