package com.firstline.review;

import com.firstline.cases.Case;
import com.firstline.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who is looking at which case, besides who claimed it: an open case page reports every few
 * seconds, and a report older than firstline.review.presence-lasts no longer counts. Stored in
 * the database, so agents on different instances see each other.
 */
@ApplicationScoped
public class Presence {

    @Inject
    SecurityIdentity identity;

    @Inject
    ReviewSettings settings;

    /** Records that the signed-in member has the case open; returns the others viewing it. */
    public List<String> viewing(long caseId) {
        String me = identity.getPrincipal().getName();
        try {
            QuarkusTransaction.requiringNew().run(() -> record(caseId, me));
        } catch (PersistenceException raced) {
            // The same member's other tab inserted the row first: it exists now, so update it.
            QuarkusTransaction.requiringNew().run(() -> record(caseId, me));
        }
        return othersViewing(caseId);
    }

    /** Members other than the signed-in one who have the case open now. */
    public List<String> othersViewing(long caseId) {
        String me = identity.getPrincipal().getName();
        return viewers(List.of(caseId)).getOrDefault(caseId, List.of()).stream().filter(v -> !v.equals(me)).toList();
    }

    /** The member closed the case page. */
    public void left(long caseId) {
        String me = identity.getPrincipal().getName();
        QuarkusTransaction.requiringNew().run(() -> CaseViewer.delete("caseId = ?1 and username = ?2", caseId, me));
    }

    /** Members viewing each of the cases now, by case id; cases nobody views are left out. */
    public Map<Long, List<String>> viewers(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Instant since = Instant.now().minus(settings.presenceLasts());
        return QuarkusTransaction.requiringNew().call(() -> CaseViewer.<CaseViewer>list(
                        "caseId in ?1 and seenAt > ?2 order by username", caseIds, since)).stream()
                .collect(Collectors.groupingBy(v -> v.caseId, Collectors.mapping(v -> v.username, Collectors.toList())));
    }

    private void record(long caseId, String me) {
        Instant now = Instant.now();
        if (Case.findById(caseId) == null) {
            throw ProblemException.notFound("No case " + caseId);
        }
        CaseViewer.delete("seenAt < ?1", now.minus(settings.presenceLasts()));
        if (CaseViewer.update("seenAt = ?1 where caseId = ?2 and username = ?3", now, caseId, me) == 0) {
            CaseViewer viewer = new CaseViewer();
            viewer.caseId = caseId;
            viewer.username = me;
            viewer.seenAt = now;
            viewer.persistAndFlush();
        }
    }
}
