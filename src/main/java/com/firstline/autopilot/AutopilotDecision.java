package com.firstline.autopilot;

import com.firstline.cases.Case;
import com.firstline.drafting.Draft;
import com.firstline.publish.Reply;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** What the autopilot decided about one draft, and why. At most one per draft. */
@Entity
@Table(name = "autopilot_decision")
public class AutopilotDecision extends PanacheEntityBase {

    public enum Outcome {
        /** Sent live, through the reply outbox. */
        SENT,
        /** Shadow mode: the policy allowed it, the draft stayed in the queue. */
        WOULD_SEND,
        /** Left to the queue; the rule says why. */
        HELD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    public Draft draft;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    @Enumerated(EnumType.STRING)
    public AutopilotMode mode;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** The rule that allowed it, or the reason it was held. */
    public String rule;

    /** The text sent, or the text that would have been sent. */
    public String text;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reply_id")
    public Reply reply;

    public Instant decidedAt;
    public String retractedBy;
    public Instant retractedAt;

    static boolean inCase(long caseId, Outcome outcome) {
        return count("supportCase.id = ?1 and outcome = ?2", caseId, outcome) > 0;
    }

    static long since(Outcome outcome, Instant from) {
        return count("outcome = ?1 and decidedAt > ?2", outcome, from);
    }
}
