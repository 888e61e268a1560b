package com.firstline.autopilot;

import com.firstline.audit.AuditLog;
import com.firstline.drafting.Draft;
import com.firstline.drafting.DraftStatus;
import com.firstline.drafting.DraftsQueued;
import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.incident.HoldingReplies;
import com.firstline.incident.HoldingReply;
import com.firstline.incident.IncidentTracker;
import com.firstline.publish.ApprovedReplies;
import com.firstline.publish.Reply;
import com.firstline.triage.LanguageDetection;
import com.firstline.triage.LlmTriage;
import com.firstline.triage.Triage;
import com.firstline.triage.TriageRequest;
import com.firstline.triage.TriageService;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at each new draft once and, where the policy allows, answers it without an agent: live,
 * it approves the draft in the agent's place and queues the reply in the same outbox (so it is
 * posted exactly once); in shadow mode it only records that it would have. Anything the policy
 * does not allow stays in the queue, untouched. If the process stops before the autopilot has
 * looked, the draft simply waits for an agent.
 */
@ApplicationScoped
public class Autopilot {

    private static final Logger LOG = Logger.getLogger(Autopilot.class);
    public static final String ACTOR = "autopilot";

    @Inject
    PolicyStore policies;

    @Inject
    AuditLog audit;

    @Inject
    ReplyGuard guard;

    @Inject
    LlmTriage llmTriage;

    @Inject
    TriageService triageService;

    @Inject
    IncidentTracker incidents;

    @Inject
    HoldingReplies holdingReplies;

    @Inject
    LanguageDetection languages;

    @Inject
    ApprovedReplies approvedReplies;

    /**
     * A post in an open incident waits for the incident's approved holding reply, which goes
     * through the same checks; any other post's draft is answered by the policy's rules.
     */
    void onDraftsQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DraftsQueued queued) {
        if (queued.draftIds().isEmpty()) {
            return;
        }
        Map<Long, IncidentTracker.Tracked> tracked;
        try {
            tracked = incidents.trackAll(queued.draftIds());
        } catch (RuntimeException e) {
            // The drafts are in the queue already: agents answer them.
            LOG.errorf(e, "Incident tracking failed for drafts %s; they stay in the queue", queued.draftIds());
            return;
        }
        queued.draftIds().forEach(draftId -> answer(draftId, tracked.get(draftId)));
    }

    private void answer(long draftId, IncidentTracker.Tracked tracked) {
        try {
            if (tracked instanceof IncidentTracker.Holding holding) {
                HoldingReply reply = holding.reply();
                Optional<DecisionView> decided = consider(draftId, reply);
                holdingReplies.decided(reply, decided.map(DecisionView::replyId).orElse(null));
            } else if (tracked instanceof IncidentTracker.Unrelated) {
                consider(draftId, null);
            }
        } catch (RuntimeException e) {
            // The draft is in the queue already: an agent answers it.
            LOG.errorf(e, "Autopilot could not decide on draft %d; it stays in the queue", draftId);
        }
    }

    /**
     * Decides on a pending draft: its own text, or an incident's approved holding reply instead.
     * Returns the decision, or nothing when the autopilot is off or the draft was already decided.
     */
    public Optional<DecisionView> consider(long draftId, HoldingReply holding) {
        Policy policy = policies.current();
        if (policy.mode() == AutopilotMode.OFF) {
            return Optional.empty();
        }
        Optional<DecisionView> decided = QuarkusTransaction.requiringNew()
                .call(() -> decide(draftId, policy, holding).map(DecisionView::of));
        decided.filter(d -> d.replyId() != null && d.outcome().equals(AutopilotDecision.Outcome.SENT.name()))
                .ifPresent(d -> approvedReplies.offer(d.replyId()));
        return decided;
    }

    /**
     * With LLM triage on, the topic and mood on the triage came from the model, which a post can
     * talk round: the in-process classifiers' reading of the post is judged too.
     */
    private Optional<Candidate> asTheClassifiersReadIt(Candidate candidate, Draft draft, boolean drafterAnswer) {
        if (!drafterAnswer || !llmTriage.enabled()) {
            return Optional.empty();
        }
        var heads = triageService.readWithHeads(TriageRequest.of(draft.mention, 0));
        return Optional.of(candidate.readAs(heads.intent().label(), heads.sentiment().label(), heads.sentiment().score()));
    }

    private Optional<AutopilotDecision> decide(long draftId, Policy policy, HoldingReply holding) {
        // One decision at a time across instances, so the rate limit counts every send before it.
        Panache.getEntityManager().createNativeQuery("SELECT id FROM autopilot_lock WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        Draft draft = Draft.findById(draftId);
        if (draft == null || draft.status != DraftStatus.PENDING || AutopilotDecision.count("draft", draft) > 0) {
            return Optional.empty();
        }
        Triage triage = Triage.findByMention(draft.mention).orElse(null);
        if (triage == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        AutopilotDecision.Outcome sends = policy.mode() == AutopilotMode.LIVE
                ? AutopilotDecision.Outcome.SENT : AutopilotDecision.Outcome.WOULD_SEND;
        String text = holding == null ? draft.text : holding.text();
        boolean flagged = holding == null ? draft.flagged : !guard.problems(draft.supportCase.customerHandle, text,
                draft.mention.text, triage.sentiment, holding.sources()).isEmpty();
        Candidate candidate = new Candidate(triage.intent, draft.confidence, flagged, draft.autoSendable, triage.sentiment,
                triage.sentimentScore, triage.reach, triage.urgencySignals,
                AutopilotDecision.inCase(draft.supportCase.id, sends), now,
                AutopilotDecision.since(sends, now.minus(Duration.ofHours(1))), holding != null, triage.language,
                languages.detect(text, null));
        Verdict verdict = policy.evaluate(candidate, asTheClassifiersReadIt(candidate, draft, holding == null));
        AutopilotDecision decision = new AutopilotDecision();
        decision.draft = draft;
        decision.supportCase = draft.supportCase;
        decision.mode = policy.mode();
        decision.outcome = verdict.allowed() ? sends : AutopilotDecision.Outcome.HELD;
        decision.rule = (holding == null ? "" : holding.why()) + verdict.rule();
        decision.text = text;
        decision.decidedAt = now;
        if (decision.outcome == AutopilotDecision.Outcome.SENT) {
            decision.reply = Reply.approved(draft, ACTOR, decision.text);
            audit.record(ACTOR, "AUTO_SENT", draft.supportCase.id, draft.id, decision.rule);
        } else if (decision.outcome == AutopilotDecision.Outcome.WOULD_SEND) {
            audit.record(ACTOR, "WOULD_AUTO_SEND", draft.supportCase.id, draft.id, decision.rule);
        }
        decision.persist();
        return Optional.of(decision);
    }

    /** The autopilot's decisions on a case's drafts, oldest first (the case page shows them). */
    @Transactional
    public List<DecisionView> decisionsFor(long caseId) {
        return AutopilotDecision.<AutopilotDecision>list("supportCase.id = ?1 order by decidedAt, id", caseId).stream()
                .map(DecisionView::of).toList();
    }

}
