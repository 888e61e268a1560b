package com.firstline.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.List;

/** A note the team leaves on a case for each other. Never posted: no path leads from a note to the outbox. */
@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    public String author;
    public String text;
    public Instant createdAt;

    public static CaseNote add(Case supportCase, String author, String text) {
        CaseNote note = new CaseNote();
        note.supportCase = supportCase;
        note.author = author;
        note.text = text;
        note.createdAt = Instant.now();
        note.persist();
        return note;
    }

    public static List<CaseNote> of(Case supportCase) {
        return list("supportCase = ?1 order by createdAt, id", supportCase);
    }
}
