package com.firstline.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Optional;

/**
 * A token a script or an integration signs in with, in place of a person's password. It carries a
 * role of its own and acts as {@code token:<name>} in the audit trail. Only its SHA-256 is kept.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    /** How a token acts: its name, prefixed so it can never be taken for a member. */
    public static final String ACTOR_PREFIX = "token:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String tokenHash;

    /** One of {@link Role}'s codes. */
    public String role;

    public String createdBy;

    public Instant createdAt;

    public String revokedBy;

    public Instant revokedAt;

    public boolean revoked() {
        return revokedAt != null;
    }

    public String actor() {
        return ACTOR_PREFIX + name;
    }

    public static Optional<ApiToken> findUsable(String tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
    }
}
