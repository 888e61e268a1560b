package com.firstline.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** Who did what to which case or draft, and when. Rows are only ever added. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
    public String action;
    @Column(name = "case_id")
    public Long caseId;
    @Column(name = "draft_id")
    public Long draftId;
    public String detail;
}
