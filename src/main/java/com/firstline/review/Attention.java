package com.firstline.review;

import com.firstline.cases.Case;
import com.firstline.cases.CaseStatus;
import com.firstline.cases.DirectMessage;
import com.firstline.drafting.Draft;
import com.firstline.drafting.DraftStatus;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import com.firstline.team.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What waits for the signed-in person, for the header of every page: escalations (for those who
 * decide them), open cases assigned to them, replies X refused, and cases with unanswered DMs.
 */
@ApplicationScoped
public class Attention {

    @Inject
    SecurityIdentity identity;

    /** The counts; {@code escalated} is null for agents, who do not decide escalated drafts. */
    public record Counts(String member, Long escalated, long assignedToYou, long failed, long dmsWaiting) {
    }

    public Counts counts() {
        String me = identity.getPrincipal().getName();
        boolean decidesEscalations = identity.hasRole(Role.SUPERVISOR_CODE);
        return QuarkusTransaction.requiringNew().call(() -> new Counts(me,
                decidesEscalations ? Draft.count("status", DraftStatus.ESCALATED) : null,
                Case.count("assignedTo = ?1 and status <> ?2", me, CaseStatus.CLOSED),
                Reply.count("status", ReplyStatus.FAILED), DirectMessage.casesWaiting()));
    }
}
