package com.firstline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail for supervisors, newest first, narrowed by who, what and when. */
@ApplicationScoped
public class AuditTrail {

    /** What to show; any part may be left out. */
    public record Filter(String actor, String action, Instant from, Instant to) {
    }

    /** One line of the trail as the page and the API show it. */
    public record Entry(Instant at, String actor, String action, Long caseId, Long draftId, String detail) {
        static Entry of(AuditEvent e) {
            return new Entry(e.occurredAt, e.actor, e.action, e.caseId, e.draftId, e.detail);
        }
    }

    @Transactional
    public List<Entry> read(Filter filter, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("actor = :actor");
            values.put("actor", filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add("action = :action");
            values.put("action", filter.action().strip());
        }
        if (filter.from() != null) {
            where.add("occurredAt >= :from");
            values.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurredAt < :to");
            values.put("to", filter.to());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by occurredAt desc, id desc";
        return AuditEvent.<AuditEvent>find(query, values).page(0, limit).list().stream().map(Entry::of).toList();
    }

    /** The actions recorded so far, for the page's filter. */
    @Transactional
    public List<String> actions() {
        return AuditEvent.getEntityManager().createQuery("select distinct a.action from AuditEvent a order by a.action",
                String.class).getResultList();
    }
}
