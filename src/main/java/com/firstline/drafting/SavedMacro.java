package com.firstline.drafting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A reply a supervisor saved from the workspace: a new macro (its example is the post it
 * answered), or one more variant of a macro ({@code variantOf}).
 */
@Entity
@Table(name = "saved_macro")
public class SavedMacro extends PanacheEntityBase {

    /** Saved macros' ids are this prefix and the row id, apart from the files' ids. */
    public static final String ID_PREFIX = "saved-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String variantOf;

    public String title;

    public String intent;

    public String reply;

    public String example;

    /** Passages the reply relies on, one per line. */
    public String cites;

    public String createdBy;

    public Instant createdAt;

    public String macroId() {
        return variantOf != null ? variantOf : ID_PREFIX + id;
    }
}
