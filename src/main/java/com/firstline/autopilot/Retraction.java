package com.firstline.autopilot;

import com.firstline.audit.AuditLog;
import com.firstline.problem.ProblemException;
import com.firstline.publish.PublishException;
import com.firstline.publish.Publishers;
import com.firstline.publish.ReplyStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * A supervisor takes back an automatic reply within the policy's window: the post is deleted on
 * the platform that carries it, the reply is marked retracted and the retraction audited. The
 * decision is claimed before the platform is called, so two supervisors never retract it twice;
 * if the platform fails, the claim is released and the supervisor may try again.
 */
@ApplicationScoped
public class Retraction {

    @Inject
    PolicyStore policies;

    @Inject
    Publishers publishers;

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    private record Claimed(String platform, String postId) {
    }

    public DecisionView retract(long decisionId) {
        String supervisor = identity.getPrincipal().getName();
        Claimed claimed = QuarkusTransaction.requiringNew().call(() -> claim(decisionId, supervisor));
        try {
            publishers.byTarget(claimed.platform()).retract(claimed.postId());
        } catch (PublishException e) {
            QuarkusTransaction.requiringNew().run(() -> AutopilotDecision.update(
                    "retractedBy = null, retractedAt = null where id = ?1", decisionId));
            throw new ProblemException(502, "Bad Gateway", "The post was not deleted, try again: " + e.getMessage());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            AutopilotDecision decision = AutopilotDecision.findById(decisionId);
            decision.reply.status = ReplyStatus.RETRACTED;
            audit.record(supervisor, "AUTO_RETRACTED", decision.supportCase.id, decision.draft.id,
                    claimed.platform() + " post " + claimed.postId() + " deleted");
            return DecisionView.of(decision);
        });
    }

    private Claimed claim(long decisionId, String supervisor) {
        AutopilotDecision decision = AutopilotDecision.findById(decisionId);
        if (decision == null) {
            throw ProblemException.notFound("No autopilot decision " + decisionId);
        }
        if (decision.reply == null || decision.reply.status != ReplyStatus.SENT) {
            throw ProblemException.conflict("Decision " + decisionId + " has no posted reply to retract ("
                    + decision.outcome + (decision.reply == null ? "" : ", reply " + decision.reply.status) + ")");
        }
        Instant deadline = decision.reply.sentAt.plus(policies.current().retractWithin());
        if (Instant.now().isAfter(deadline)) {
            throw ProblemException.conflict("The window to retract closed at " + deadline);
        }
        int claimed = AutopilotDecision.update("retractedBy = ?1, retractedAt = ?2 where id = ?3 and retractedBy is null",
                supervisor, Instant.now(), decisionId);
        if (claimed == 0) {
            throw ProblemException.conflict("Decision " + decisionId + " is already being retracted by "
                    + decision.retractedBy);
        }
        return new Claimed(decision.reply.platform, decision.reply.platformPostId);
    }
}
