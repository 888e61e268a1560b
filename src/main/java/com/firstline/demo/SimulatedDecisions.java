package com.firstline.demo;

import com.firstline.audit.AuditEvent;
import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.cases.ResponseTurn;
import com.firstline.drafting.Draft;
import com.firstline.insight.DecisionFigures;
import com.firstline.demo.SimulatedHistory.Planned;
import com.firstline.problem.ProblemException;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import com.firstline.review.Decision;
import com.firstline.review.ReviewService;
import com.firstline.team.Role;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * SIMULATED agents (and a simulated autopilot) deciding the simulated history's drafts through
 * the real review service, and the step that moves each case's timestamps back to the past day
 * it belongs to. Demo only; see {@link SimulatedHistory}.
 */
@ApplicationScoped
class SimulatedDecisions {

    private static final Logger LOG = Logger.getLogger(SimulatedDecisions.class);
    private static final Set<Intent> AUTOPILOT_INTENTS = EnumSet.of(Intent.PRAISE, Intent.BOOKING, Intent.CHECK_IN,
            Intent.REWARDS, Intent.NEW_FEATURE);
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** The longest a simulated customer waits for an answer (posts are written 07:00-22:00, so this stays that day or the next night). */
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(90);
    private static final Decision AS_DRAFTED = new Decision(null, null, null);

    /** Names the simulated decisions are recorded under; the first is the supervisor who takes escalations. */
    @Inject
    DemoSettings settings;

    @Inject
    ReviewService review;

    @Inject
    SimulatedTeam team;

    @Inject
    AuditLog audit;

    @PostConstruct
    void checkAgents() {
        if (settings.history().agents().size() < 2) {
            throw new IllegalStateException("firstline.demo.history.agents: name a supervisor, then at least one agent");
        }
    }

    private record DraftInfo(long id, Intent intent, boolean flagged, String text) {
    }

    /** Decides the planned post's draft and backdates its case; false when there is nothing to decide (spam). */
    boolean decide(Planned planned) {
        DraftInfo draft = awaitDraft(planned.mentionId());
        if (draft == null) {
            return false;
        }
        try {
            Map<String, Instant> times = act(planned, draft);
            Instant sentAt = times.get("REPLY_SENT");
            if (sentAt != null && !await(() -> QuarkusTransaction.requiringNew().call(() -> Reply.count(
                    "draft.id = ?1 and status = ?2", draft.id(), ReplyStatus.SENT) > 0))) {
                LOG.warnf("The simulated reply to draft %d was not sent within %s; its case is backdated anyway",
                        draft.id(), WAIT);
            }
            backdate(planned, draft.id(), times);
            return true;
        } catch (ProblemException e) {
            LOG.debugf("Simulated decision on draft %d refused (%s); the supervisor rejects it", draft.id(),
                    e.getMessage());
            return rejectedBySupervisor(planned, draft);
        }
    }

    /**
     * A draft the simulated agent could not decide (an escalated safety reply, a flagged draft) is
     * rejected by the supervisor, so no simulated post waits in today's queue.
     */
    private boolean rejectedBySupervisor(Planned planned, DraftInfo draft) {
        try {
            team.as(settings.history().agents().get(0), Role.SUPERVISOR,
                    () -> review.reject(draft.id(), new Decision(null, "answered outside the simulation", null)));
        } catch (ProblemException e) {
            LOG.debugf("Simulated draft %d left as it is: %s", draft.id(), e.getMessage());
            return false;
        }
        Map<String, Instant> times = new LinkedHashMap<>();
        times.put(DecisionFigures.REJECTED, planned.postedAt().plus(LONGEST_WAIT));
        backdate(planned, draft.id(), times);
        return true;
    }

    /** What happens to the draft, and when each audited step is meant to have happened. */
    private Map<String, Instant> act(Planned p, DraftInfo draft) {
        Map<String, Instant> times = new LinkedHashMap<>();
        boolean autopilotCandidate = !draft.flagged() && !draft.text().isBlank() && AUTOPILOT_INTENTS.contains(draft.intent());
        if (autopilotCandidate && p.autopilotLive()) {
            Instant at = p.postedAt().plusSeconds(40 + Math.round(20 * Math.abs(p.responseNoise())));
            team.as(DecisionFigures.AUTOPILOT, Role.AGENT, () -> review.approve(draft.id(), AS_DRAFTED));
            record(DecisionFigures.AUTO_SENT, draft, p, at, times);
            times.put(DecisionFigures.APPROVED, at);
            if (p.choice() < 0.08) {
                record(DecisionFigures.AUTO_RETRACTED, draft, p, at.plus(Duration.ofMinutes(25)), times);
            }
            return replied(times, at);
        }
        if (autopilotCandidate) {
            record(DecisionFigures.WOULD_AUTO_SEND, draft, p, p.postedAt().plusSeconds(30), times);
        }
        String agent = settings.history().agents().get(1 + p.agent() % (settings.history().agents().size() - 1));
        Duration median = Duration.ofMinutes(p.slowDay() ? 24 : 9);
        long seconds = Math.round(median.toSeconds() * Math.exp(0.6 * p.responseNoise()));
        Instant at = p.postedAt().plusSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
        // A post that needs a reply written by hand has no text to approve; left alone it would
        // sit in today's queue as a copy of a demo post.
        if (p.choice() >= 0.82 && p.choice() < 0.92 || draft.text().isBlank()) {
            team.as(agent, Role.AGENT, () -> review.reject(draft.id(), new Decision(null, "not what was asked", null)));
            times.put(DecisionFigures.REJECTED, at);
            return times;
        }
        if (p.choice() < 0.6) {
            team.as(agent, Role.AGENT, () -> review.approve(draft.id(), AS_DRAFTED));
            times.put(DecisionFigures.APPROVED, at);
        } else if (p.choice() < 0.82) {
            times.put(approveEdited(agent, draft, p.agent()), at);
        } else {
            team.as(agent, Role.AGENT, () -> review.escalate(draft.id(), new Decision(null, "refund question", null)));
            team.as(settings.history().agents().get(0), Role.SUPERVISOR, () -> review.approve(draft.id(), AS_DRAFTED));
            times.put(DecisionFigures.ESCALATED, at.minus(Duration.between(p.postedAt(), at).dividedBy(3)));
            times.put(DecisionFigures.APPROVED, at);
        }
        return replied(times, at);
    }

    private static Map<String, Instant> replied(Map<String, Instant> times, Instant approvedAt) {
        times.put("REPLY_SENT", approvedAt.plusSeconds(3));
        return times;
    }

    /** An agent's edit of the draft; a draft the edit would make too long is sent as it is. */
    private String approveEdited(String agent, DraftInfo draft, int variant) {
        String edited = switch (variant % 3) {
            case 0 -> draft.text() + " Safe travels!";
            case 1 -> draft.text().startsWith("Hi ") ? "Hello " + draft.text().substring(3) : draft.text() + " Thanks!";
            default -> draft.text() + " ^" + agent.substring(0, Math.min(2, agent.length())).toUpperCase();
        };
        try {
            team.as(agent, Role.AGENT, () -> review.approve(draft.id(), new Decision(edited, null, null)));
            return DecisionFigures.APPROVED_EDITED;
        } catch (ProblemException tooLong) {
            team.as(agent, Role.AGENT, () -> review.approve(draft.id(), AS_DRAFTED));
            return DecisionFigures.APPROVED;
        }
    }

    private void record(String action, DraftInfo draft, Planned p, Instant at, Map<String, Instant> times) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(DecisionFigures.AUTOPILOT, action, p.caseId(),
                draft.id(), "simulated history"));
        times.put(action, at);
    }

    /** Moves the case's rows from now to the past moments the simulation chose. */
    private static void backdate(Planned p, long draftId, Map<String, Instant> times) {
        Instant decidedAt = List.of(DecisionFigures.APPROVED, DecisionFigures.APPROVED_EDITED, DecisionFigures.REJECTED)
                .stream().map(times::get).filter(Objects::nonNull).findFirst().orElseThrow();
        Instant sentAt = times.get("REPLY_SENT");
        QuarkusTransaction.requiringNew().run(() -> {
            Triage.update("triagedAt = ?1 where mention.id = ?2", p.postedAt().plusSeconds(2), p.mentionId());
            Draft.update("createdAt = ?1, decidedAt = ?2 where id = ?3", p.postedAt().plusSeconds(5), decidedAt, draftId);
            times.forEach((action, at) -> AuditEvent.update("occurredAt = ?1 where draftId = ?2 and action = ?3",
                    at, draftId, action));
            if (sentAt != null) {
                Reply.update("createdAt = ?1, sentAt = ?2 where draft.id = ?3", decidedAt, sentAt, draftId);
                Case.update("firstRespondedAt = ?1 where id = ?2", sentAt, p.caseId());
                ResponseTurn.update("respondedAt = ?1 where supportCase.id = ?2 and turnNumber = 1", sentAt, p.caseId());
            }
        });
    }

    /** The mention's draft once the pipeline has written it; null for spam, which gets none. */
    private DraftInfo awaitDraft(long mentionId) {
        DraftInfo[] found = new DraftInfo[1];
        boolean settled = await(() -> QuarkusTransaction.requiringNew().call(() -> {
            Draft draft = Draft.find("mention.id", mentionId).firstResult();
            if (draft != null) {
                Intent intent = Triage.findByMention(draft.mention).map(t -> t.intent).orElse(Intent.OTHER);
                found[0] = new DraftInfo(draft.id, intent, draft.flagged, draft.text);
                return true;
            }
            return Triage.<Triage>find("mention.id", mentionId).firstResultOptional()
                    .filter(t -> t.intent == Intent.SPAM).isPresent();
        }));
        return settled ? found[0] : null;
    }

    private static boolean await(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (done.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
