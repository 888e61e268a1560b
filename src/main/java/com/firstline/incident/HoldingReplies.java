package com.firstline.incident;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.drafting.Draft;
import com.firstline.ingest.Mention;
import com.firstline.publish.ApprovedReplies;
import com.firstline.publish.Reply;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * Sends what a supervisor approved for an incident to the affected cases: the holding reply to
 * every one and, after resolution, the follow-up, a few per tick so the brand stays within X's
 * posting limits (the broadcast post goes to the reply outbox when the incident is approved). Each case's reply is written with a conditional update
 * of its incident row in the same transaction, so it is queued exactly once, whichever instance
 * runs the tick; the reply outbox then posts it exactly once.
 */
@ApplicationScoped
public class HoldingReplies {

    private static final Logger LOG = Logger.getLogger(HoldingReplies.class);
    static final String ACTOR = "incident";

    @Inject
    IncidentSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    ApprovedReplies approvedReplies;

    /** The autopilot's decision on a case that joined an approved incident: sent, or left to an agent. */
    public void decided(HoldingReply holding, Long replyId) {
        if (replyId != null) {
            QuarkusTransaction.requiringNew().run(() -> IncidentCase.update(
                    "holdingState = ?1, holdingReplyId = ?2 where incidentId = ?3 and caseId = ?4 and holdingReplyId is null",
                    IncidentCase.HoldingState.SENT, replyId, holding.incidentId(), holding.caseId()));
        }
    }

    @Scheduled(every = "${firstline.incident.fan-out-every}", delayed = "${firstline.incident.fan-out-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int budget = settings.fanOutPerTick();
            budget -= send(QuarkusTransaction.requiringNew().call(HoldingReplies::holdingDue), budget, true);
            send(QuarkusTransaction.requiringNew().call(HoldingReplies::followUpDue), budget, false);
        } catch (RuntimeException e) {
            LOG.error("Incident fan-out failed; the next tick tries again", e);
        }
    }

    private static List<IncidentCase> holdingDue() {
        return IncidentCase.list("holdingState = ?1 and incidentId in (select i.id from Incident i "
                + "where i.status = ?2 and i.approvedAt is not null) order by joinedAt", IncidentCase.HoldingState.PENDING,
                IncidentStatus.OPEN);
    }

    /** Follow-ups go to the customers who were told about the incident (they got its holding reply). */
    private static List<IncidentCase> followUpDue() {
        return IncidentCase.list("holdingState = ?1 and followUpReplyId is null and incidentId in "
                + "(select i.id from Incident i where i.status = ?2) order by joinedAt", IncidentCase.HoldingState.SENT,
                IncidentStatus.RESOLVED);
    }

    private int send(List<IncidentCase> due, int budget, boolean holding) {
        int sent = 0;
        for (IncidentCase affected : due) {
            if (sent >= budget) {
                break;
            }
            Optional<Long> replyId = QuarkusTransaction.requiringNew().call(() -> queue(affected, holding));
            replyId.ifPresent(approvedReplies::offer);
            sent += replyId.isPresent() ? 1 : 0;
        }
        return sent;
    }

    private Optional<Long> queue(IncidentCase affected, boolean holding) {
        Incident incident = Incident.findById(affected.incidentId);
        Case supportCase = Case.findById(affected.caseId);
        List<Mention> thread = Mention.thread(supportCase);
        String text = IncidentDrafts.personalise(holding ? incident.holdingText : incident.followUpText,
                supportCase.customerName, supportCase.customerHandle);
        Reply reply = Reply.queued(supportCase, thread.get(thread.size() - 1).postId, text);
        int claimed = holding
                ? IncidentCase.update("holdingState = ?1, holdingReplyId = ?2 where incidentId = ?3 and caseId = ?4 "
                        + "and holdingState = ?5", IncidentCase.HoldingState.SENT, reply.id, affected.incidentId,
                affected.caseId, IncidentCase.HoldingState.PENDING)
                : IncidentCase.update("followUpReplyId = ?1 where incidentId = ?2 and caseId = ?3 and followUpReplyId is null",
                reply.id, affected.incidentId, affected.caseId);
        if (claimed == 0) {
            // Another instance queued it first: this transaction, reply included, is rolled back.
            QuarkusTransaction.setRollbackOnly();
            return Optional.empty();
        }
        if (holding) {
            // The incident answers the case: its open drafts would answer it a second time.
            Draft.supersedePending(supportCase);
        }
        audit.record(ACTOR, holding ? "INCIDENT_HOLDING_REPLY" : "INCIDENT_FOLLOW_UP", supportCase.id, null,
                "incident " + incident.id + ": " + text);
        return Optional.of(reply.id);
    }
}
