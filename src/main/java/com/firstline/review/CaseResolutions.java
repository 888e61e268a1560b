package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.cases.CaseStatus;
import com.firstline.cases.Resolution;
import com.firstline.drafting.Draft;
import com.firstline.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * An agent closes a case with a reason, "no reply needed" above all: its waiting drafts are
 * superseded, so nothing is sent, and it leaves the queue until the customer writes again.
 */
@ApplicationScoped
public class CaseResolutions {

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLog audit;

    @Transactional
    public Case resolve(long caseId, Resolution reason) {
        Case supportCase = Case.<Case>findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("No case " + caseId));
        if (supportCase.status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("Case " + caseId + " was resolved by " + supportCase.resolvedBy
                    + " (" + supportCase.resolution + ")");
        }
        String agent = identity.getPrincipal().getName();
        int superseded = Draft.supersedePending(supportCase);
        supportCase.resolve(reason, agent);
        audit.record(agent, "CASE_RESOLVED", caseId, null, reason.name().toLowerCase().replace('_', ' ')
                + (superseded > 0 ? "; " + superseded + " waiting draft(s) superseded" : ""));
        return supportCase;
    }
}
