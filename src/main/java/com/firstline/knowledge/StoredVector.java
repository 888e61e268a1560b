package com.firstline.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One embedded knowledge-base text, stored by {@link DatabaseVectorStore}. */
@Entity
@Table(name = "knowledge_vector")
public class StoredVector extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String model;

    /** SHA-256 of the text that was embedded, in hex. */
    public String textHash;

    /** The vector's floats, little-endian. */
    public byte[] vector;

    public Instant storedAt;
}
