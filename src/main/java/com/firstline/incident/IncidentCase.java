package com.firstline.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A case affected by an incident, and the holding reply and follow-up it got: each at most once. */
@Entity
@Table(name = "incident_case")
@IdClass(IncidentCase.Key.class)
public class IncidentCase extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long incidentId;
        public Long caseId;

        public Key() {
        }

        Key(long incidentId, long caseId) {
            this.incidentId = incidentId;
            this.caseId = caseId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(incidentId, k.incidentId) && Objects.equals(caseId, k.caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(incidentId, caseId);
        }
    }

    public enum HoldingState {
        /** Waiting for the fan-out, which sends the approved holding reply. */
        PENDING,
        SENT,
        /** Joined after approval and held by the autopilot's checks: an agent answers it. */
        HELD
    }

    @Id
    public Long incidentId;
    @Id
    public Long caseId;
    public Long mentionId;
    public Instant joinedAt;
    @Enumerated(EnumType.STRING)
    public HoldingState holdingState;
    public Long holdingReplyId;
    public Long followUpReplyId;

    static List<Long> casesOf(long incidentId) {
        return getEntityManager().createQuery("select ic.caseId from IncidentCase ic where ic.incidentId = ?1", Long.class)
                .setParameter(1, incidentId).getResultList();
    }

    /** The (incident, case) keys of these cases. */
    static Set<Key> keysOf(Collection<Long> caseIds) {
        return getEntityManager().createQuery("select ic.incidentId, ic.caseId from IncidentCase ic where ic.caseId in ?1",
                        Object[].class).setParameter(1, caseIds).getResultStream()
                .map(row -> new Key((Long) row[0], (Long) row[1])).collect(Collectors.toCollection(HashSet::new));
    }
}
