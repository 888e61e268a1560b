package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.problem.ProblemException;
import com.firstline.team.Role;
import com.firstline.team.TeamMember;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Who works a case. A claim is short collision control: an agent claims a case while answering
 * it, and others cannot decide its drafts until it lapses or is released. An assignment hands the
 * case to someone for as long as it takes, until they hand it back. Supervisors may step in regardless.
 */
@ApplicationScoped
public class Claims {

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLog audit;

    @Inject
    ReviewSettings settings;

    @Transactional
    public String claim(long caseId) {
        Case supportCase = load(caseId);
        String me = identity.getPrincipal().getName();
        checkHolds(supportCase, me);
        supportCase.claimedBy = me;
        supportCase.claimedAt = Instant.now();
        audit.record(me, "CLAIMED", caseId, null, null);
        return me;
    }

    @Transactional
    public void release(long caseId) {
        Case supportCase = load(caseId);
        String me = identity.getPrincipal().getName();
        if (supportCase.claimedBy != null && !supportCase.claimedBy.equals(me) && !isSupervisor()) {
            throw new ProblemException(403, "Forbidden", "Only " + supportCase.claimedBy + " or a supervisor can release it");
        }
        supportCase.claimedBy = null;
        supportCase.claimedAt = null;
        audit.record(me, "RELEASED", caseId, null, null);
    }

    /** Hands the case to a team member until they hand it back: its holder may, or a supervisor. */
    @Transactional
    public String assign(long caseId, String agent) {
        Case supportCase = load(caseId);
        String me = identity.getPrincipal().getName();
        checkHolds(supportCase, me);
        if (TeamMember.findByUsername(agent).isEmpty()) {
            throw ProblemException.badRequest("agent: no team member " + agent);
        }
        supportCase.assignedTo = agent;
        supportCase.assignedAt = Instant.now();
        supportCase.claimedBy = null;
        supportCase.claimedAt = null;
        audit.record(me, "ASSIGNED", caseId, null, "to " + agent);
        return agent;
    }

    /** The assignee (or a supervisor) gives the case back to the team. */
    @Transactional
    public void handBack(long caseId) {
        Case supportCase = load(caseId);
        String me = identity.getPrincipal().getName();
        if (supportCase.assignedTo == null) {
            return;
        }
        if (!supportCase.assignedTo.equals(me) && !isSupervisor()) {
            throw new ProblemException(403, "Forbidden", "Only " + supportCase.assignedTo + " or a supervisor can hand it back");
        }
        audit.record(me, "HANDED_BACK", caseId, null, "from " + supportCase.assignedTo);
        supportCase.assignedTo = null;
        supportCase.assignedAt = null;
    }

    private void checkHolds(Case supportCase, String me) {
        Optional<String> holder = supportCase.holder(Instant.now(), settings.claimLasts());
        if (holder.isPresent() && !holder.get().equals(me) && !isSupervisor()) {
            throw ProblemException.conflict("Case " + supportCase.id + " is " + (supportCase.assignedTo != null
                    ? "assigned to " : "claimed by ") + holder.get());
        }
    }

    /** Refuses a decision on a case someone else is working on (joins the caller's transaction). */
    void checkMayDecide(Case supportCase) {
        checkHolds(supportCase, identity.getPrincipal().getName());
    }

    private boolean isSupervisor() {
        return identity.hasRole(Role.SUPERVISOR_CODE);
    }

    private static Case load(long caseId) {
        Case supportCase = Case.findById(caseId);
        if (supportCase == null) {
            throw ProblemException.notFound("No case " + caseId);
        }
        return supportCase;
    }
}
