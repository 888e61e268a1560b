package com.firstline.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** Who did what to which case or draft, and when. Rows are only ever added. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
    public Long id;

    public Instant occurredAt;
    public String actor;
    public String action;
    public Long caseId;
    public Long draftId;
    public String detail;
}
