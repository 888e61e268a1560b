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
 * Collision control: an agent claims a case while answering it; others see the claim and cannot
 * decide its drafts until it lapses or is released. Supervisors may step in regardless.
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
        supportCase.activeClaim(Instant.now(), settings.claimLasts()).filter(holder -> !holder.equals(me)).ifPresent(holder -> {
            throw ProblemException.conflict("Case " + caseId + " is claimed by " + holder);
        });
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

    /** Hands the case to another team member: its holder may, or a supervisor. */
    @Transactional
    public String assign(long caseId, String agent) {
        Case supportCase = load(caseId);
        String me = identity.getPrincipal().getName();
        Optional<String> holder = supportCase.activeClaim(Instant.now(), settings.claimLasts());
        if (holder.isPresent() && !holder.get().equals(me) && !isSupervisor()) {
            throw ProblemException.conflict("Case " + caseId + " is claimed by " + holder.get());
        }
        if (TeamMember.findByUsername(agent).isEmpty()) {
            throw ProblemException.badRequest("agent: no team member " + agent);
        }
        supportCase.claimedBy = agent;
        supportCase.claimedAt = Instant.now();
        audit.record(me, "ASSIGNED", caseId, null, "to " + agent);
        return agent;
    }

    /** Refuses a decision on a case someone else is working on (joins the caller's transaction). */
    void checkMayDecide(Case supportCase) {
        String me = identity.getPrincipal().getName();
        supportCase.activeClaim(Instant.now(), settings.claimLasts()).filter(holder -> !holder.equals(me) && !isSupervisor())
                .ifPresent(holder -> {
                    throw ProblemException.conflict("Case " + supportCase.id + " is claimed by " + holder);
                });
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
