package com.firstline.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Optional;

/**
 * One customer turn of a case and its own SLA clock: turn 1 is the first response, every later
 * one a next response, started by a customer post that arrived after we had answered.
 */
@Entity
@Table(name = "response_turn")
public class ResponseTurn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    public int turnNumber;
    public Instant startedAt;
    public Instant dueAt;
    public Instant respondedAt;

    /** Ended without a reply: the case was resolved as needing none. Left out of the SLA figures. */
    public boolean waived;

    static ResponseTurn start(Case supportCase, int number, Instant startedAt, Instant dueAt) {
        ResponseTurn turn = new ResponseTurn();
        turn.supportCase = supportCase;
        turn.turnNumber = number;
        turn.startedAt = startedAt;
        turn.dueAt = dueAt;
        turn.persist();
        return turn;
    }

    static Optional<ResponseTurn> open(Case supportCase) {
        return find("supportCase = ?1 and respondedAt is null and waived = false order by turnNumber desc", supportCase)
                .firstResultOptional();
    }

    static int count(Case supportCase) {
        return (int) count("supportCase", supportCase);
    }

    public boolean isFirst() {
        return turnNumber == 1;
    }
}
