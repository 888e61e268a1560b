package com.firstline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Writes the audit trail; joins the caller's transaction so a decision and its record commit together. */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, Long caseId, Long draftId, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.action = action;
        event.caseId = caseId;
        event.draftId = draftId;
        event.detail = detail;
        event.persist();
    }

    public List<AuditEvent> forCase(long caseId) {
        return AuditEvent.list("caseId = ?1 order by occurredAt, id", caseId);
    }
}
