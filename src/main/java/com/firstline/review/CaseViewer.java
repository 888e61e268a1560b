package com.firstline.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** A team member with a case open, as of their page's last heartbeat. */
@Entity
@Table(name = "case_viewer")
public class CaseViewer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long caseId;

    public String username;

    public Instant seenAt;
}
