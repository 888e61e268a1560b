package com.firstline.x;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The right to poll X for one brand account's mentions: held by one instance until it expires. */
@Entity
@Table(name = "x_poll_lease")
public class PollLease extends PanacheEntityBase {

    @Id
    public String accountId;

    public String holder;

    public Instant expiresAt;

    /**
     * Takes or renews the lease when it is free, expired or already ours: one conditional update,
     * so of two instances trying at once only one wins. False when another holds it.
     */
    static boolean tryHold(String accountId, String holder, Instant now, Instant until) {
        return update("holder = ?1, expiresAt = ?2 where accountId = ?3 and (holder = ?1 or expiresAt < ?4)",
                holder, until, accountId, now) == 1;
    }

    /** Creates the account's lease, held by {@code holder}; the caller's transaction fails if another instance did first. */
    static void create(String accountId, String holder, Instant until) {
        PollLease lease = new PollLease();
        lease.accountId = accountId;
        lease.holder = holder;
        lease.expiresAt = until;
        lease.persistAndFlush();
    }
}
