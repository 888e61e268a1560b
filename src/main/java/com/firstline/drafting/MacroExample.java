package com.firstline.drafting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A post an agent answered with a macro's reply unchanged: it becomes one of the macro's examples. */
@Entity
@Table(name = "macro_example")
public class MacroExample extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String macroId;

    public String text;

    public long draftId;

    public Instant createdAt;
}
