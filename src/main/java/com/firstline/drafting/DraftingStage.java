package com.firstline.drafting;

import com.firstline.cases.Case;
import com.firstline.cases.Resolution;
import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.ingest.Mention;
import com.firstline.pipeline.BatchStage;
import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Pipeline stage: triaged mentions → drafts in the review queue, in batches. The contexts are
 * read in one short transaction and the drafts stored in another, so a slow LLM never holds a
 * database transaction.
 */
@ApplicationScoped
public class DraftingStage extends BatchStage {

    /** Who closes a case filed as spam. */
    private static final String TRIAGE = "triage";

    /** A mention that needs a draft: what the drafter is given, and what its draft is filed with. */
    private record Waiting(ReplyContext context, int priority, long caseId, Instant postedAt, Instant receivedAt) {
    }

    /** A waiting mention with the reply proposed for it. */
    private record Proposed(Waiting waiting, ProposedReply reply) {
    }

    @Inject
    DraftingService drafting;

    @Inject
    ReplyContexts contexts;

    @Inject
    ReplyGuard guard;

    @Inject
    Event<DraftsQueued> queued;

    @Inject
    DraftingSettings settings;

    /** Threads that wait for the LLM's answers; none when drafting offline. */
    private ExecutorService llmCalls;

    @Incoming(PipelineChannels.TRIAGED)
    @Blocking(value = "drafting", ordered = false)
    public void onTriaged(Long received) {
        receive(Handoff.id(received, PipelineChannels.TRIAGED));
    }

    @Override
    protected String stage() {
        return "drafting";
    }

    @Override
    protected void workOn(List<Long> mentionIds) {
        List<Waiting> waiting = QuarkusTransaction.requiringNew().call(() -> waitingForDraft(mentionIds));
        if (drafting.usesLlm()) {
            draftWithLlm(waiting);
        } else if (!waiting.isEmpty()) {
            storeAll(waiting.stream().map(w -> new Proposed(w, drafting.draft(w.context()))).toList());
        }
    }

    /**
     * An LLM takes seconds per draft, most of it waiting: the batch's drafts are asked for
     * {@code firstline.drafting.llm.concurrency} at a time, and each goes to the queue as soon as it
     * is written. Storing stays on this thread, one draft after another, as the offline path does.
     */
    private void draftWithLlm(List<Waiting> waiting) {
        CompletionService<Proposed> calls = new ExecutorCompletionService<>(llmCalls);
        waiting.forEach(w -> calls.submit(() -> new Proposed(w, drafting.draft(w.context()))));
        for (int i = 0; i < waiting.size(); i++) {
            storeAll(List.of(nextDone(calls)));
        }
    }

    private static Proposed nextDone(CompletionService<Proposed> calls) {
        try {
            return calls.take().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("drafting failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Only with an LLM: offline drafting needs no threads of its own. */
    @PostConstruct
    void startLlmCalls() {
        if (!drafting.usesLlm()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        llmCalls = Executors.newFixedThreadPool(settings.llm().concurrency(),
                call -> new Thread(call, "drafting-llm-" + threads.incrementAndGet()));
    }

    @PreDestroy
    void stopLlmCalls() {
        if (llmCalls != null) {
            llmCalls.shutdownNow();
        }
    }

    private void storeAll(List<Proposed> proposals) {
        QuarkusTransaction.requiringNew().run(() -> store(proposals));
    }

    /** The mentions that need a (first) draft, oldest post first; spam closes its case instead. */
    private List<Waiting> waitingForDraft(List<Long> mentionIds) {
        List<Triage> triaged = Triage.list("select t from Triage t join fetch t.mention m join fetch m.supportCase"
                + " where m.id in ?1 and not exists (select d.id from Draft d where d.mention = m)"
                + " order by m.postedAt", mentionIds);
        Map<Long, List<Mention>> threads = Mention.threads(triaged.stream().map(t -> t.mention.supportCase.id).toList());
        List<Waiting> waiting = new ArrayList<>();
        for (Triage triage : triaged) {
            Mention mention = triage.mention;
            Case supportCase = mention.supportCase;
            if (triage.intent == Intent.SPAM) {
                supportCase.resolve(Resolution.SPAM, TRIAGE);
                continue;
            }
            List<String> thread = threads.get(supportCase.id).stream()
                    .filter(m -> m.postedAt.isBefore(mention.postedAt)).map(m -> m.text).toList();
            ReplyContext context = contexts.of(mention.id, supportCase.customerHandle, supportCase.customerName,
                    mention.text, thread, triage.intent, triage.intentScore, triage.sentiment);
            waiting.add(new Waiting(context, triage.priority, supportCase.id, mention.postedAt, mention.receivedAt));
        }
        return waiting;
    }

    /** From the moment intake stored the post to the moment its draft is in the queue. */
    private Timer queuedLatency() {
        return Timer.builder("firstline.mention.queued.latency").publishPercentileHistogram()
                .description("Intake to review queue, per mention").register(metrics);
    }

    /**
     * Files the drafts, skipping mentions another instance drafted meanwhile. The agent answers the
     * latest post of a case: its draft is pending and the case's earlier pending drafts are
     * superseded; a draft for an older post (one that arrived late) is filed as superseded at once.
     */
    private void store(List<Proposed> proposals) {
        List<Long> mentionIds = proposals.stream().map(p -> p.waiting().context().mentionId()).toList();
        Set<Long> drafted = Draft.draftedAmong(mentionIds);
        List<Proposed> fresh = proposals.stream()
                .filter(p -> !drafted.contains(p.waiting().context().mentionId())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        Map<Long, Instant> latest = Draft.latestDraftedPost(fresh.stream().map(p -> p.waiting().caseId()).toList());
        fresh.forEach(p -> latest.merge(p.waiting().caseId(), p.waiting().postedAt(), (a, b) -> a.isAfter(b) ? a : b));
        Set<Long> answeredCases = fresh.stream().filter(p -> isLatest(p, latest)).map(p -> p.waiting().caseId())
                .collect(Collectors.toSet());
        Draft.supersedePendingIn(answeredCases);
        Instant now = Instant.now();
        List<Long> stored = new ArrayList<>();
        for (Proposed proposed : fresh) {
            Draft draft = draft(proposed, isLatest(proposed, latest) ? DraftStatus.PENDING : DraftStatus.SUPERSEDED, now);
            draft.persist();
            stored.add(draft.id);
            queuedLatency().record(Duration.between(proposed.waiting().receivedAt(), now));
        }
        queued.fire(new DraftsQueued(stored));
    }

    private static boolean isLatest(Proposed proposed, Map<Long, Instant> latest) {
        return !latest.get(proposed.waiting().caseId()).isAfter(proposed.waiting().postedAt());
    }

    private Draft draft(Proposed proposed, DraftStatus status, Instant now) {
        ReplyContext context = proposed.waiting().context();
        ProposedReply reply = proposed.reply();
        MacroChoice choice = reply.choice();
        EntityManager em = Draft.getEntityManager();
        Draft draft = new Draft();
        draft.supportCase = em.getReference(Case.class, proposed.waiting().caseId());
        draft.mention = em.getReference(Mention.class, context.mentionId());
        draft.text = reply.text();
        draft.sources = String.join("\n", reply.sources());
        draft.confidence = reply.confidence();
        draft.needsDm = reply.needsDm();
        draft.draftedBy = reply.draftedBy();
        draft.macroId = choice.macroId();
        draft.alternatives = choice.alternatives().stream().map(m -> m.macro().id()).collect(Collectors.joining("\n"));
        draft.autoSendable = choice.autoSendable();
        draft.needsReply = choice.kind() == MacroChoice.Kind.NEEDS_REPLY && reply.text().isBlank();
        draft.checked(reply.text().isBlank() ? List.of(withoutText(choice))
                : guard.problems(context.handle(), reply.text(), context.text(), context.sentiment(), reply.sources()));
        draft.priority = proposed.waiting().priority();
        draft.status = status;
        draft.createdAt = now;
        if (choice.kind() == MacroChoice.Kind.SAFETY && status == DraftStatus.PENDING) {
            // Safety first: to a supervisor, above everything else in the queue.
            draft.status = DraftStatus.ESCALATED;
            draft.statusReason = "Safety report: " + choice.macro().title();
            draft.priority = Triage.TOP_PRIORITY;
        }
        return draft;
    }

    /** Why a draft has no text, in the words the queue shows. */
    private static String withoutText(MacroChoice choice) {
        return choice.kind() == MacroChoice.Kind.NO_REPLY
                ? "No reply needed (" + choice.macro().title() + "): close the case, or write a reply."
                : "Needs a reply: no macro is close enough. Choose one of the closest or write the reply.";
    }
}
