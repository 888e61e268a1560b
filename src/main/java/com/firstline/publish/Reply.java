package com.firstline.publish;

import com.firstline.cases.Case;
import com.firstline.drafting.Draft;
import com.firstline.drafting.DraftStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/**
 * A reply we post, and the outbox row that gets it posted: created with the approval, in the same
 * transaction, at most one per draft (unique draft_id), so approving can never post twice.
 */
@Entity
@Table(name = "reply")
public class Reply extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
    public Long id;

    /** The draft approved; none for an incident's replies, which are approved once for many cases. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id")
    public Draft draft;

    /** The case it answers; none for a broadcast. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    /** The customer's post this reply answers, so it lands in their thread; none for a broadcast or a DM. */
    public String inReplyToId;

    /** Sent privately, as a direct message to {@link #recipientId} (the customer), not posted. */
    public boolean direct;
    public String recipientId;

    public String text;

    @Enumerated(EnumType.STRING)
    public ReplyStatus status;

    /** Which publisher posted it ("local" for the embedded recorder, "x" for X). */
    public String platform;
    public String platformPostId;

    public int attempts;
    public String failureReason;
    public Instant createdAt;
    public Instant sentAt;
    /** Not to be tried before this: a rate-limit reset, the wait before reconciling, or a claim's expiry. */
    public Instant nextAttemptAt;

    /**
     * The one way a draft becomes approved: with this text, by this actor (an agent or the
     * autopilot), and its reply queued for the publish worker in the caller's transaction.
     */
    public static Reply approved(Draft draft, String actor, String text) {
        draft.text = text;
        draft.decide(DraftStatus.APPROVED, actor, null);
        Reply reply = unsaved(draft.supportCase, draft.mention.postId, text);
        reply.draft = draft;
        reply.persistAndFlush();
        return reply;
    }

    /**
     * A reply in the case's thread that answers no draft of its own (an incident's holding reply or
     * follow-up, approved once for many cases), queued for the publish worker.
     */
    public static Reply queued(Case supportCase, String inReplyToId, String text) {
        Reply reply = unsaved(supportCase, inReplyToId, text);
        reply.persistAndFlush();
        return reply;
    }

    /** A direct message to the case's customer: private, so it may hold their booking or bag details. */
    public static Reply direct(Case supportCase, String text) {
        Reply reply = unsaved(supportCase, null, text);
        reply.direct = true;
        reply.recipientId = supportCase.customerId;
        reply.persistAndFlush();
        return reply;
    }

    /** A post on the brand's own timeline, answering no post and no case (an incident's broadcast). */
    public static Reply broadcast(String text) {
        Reply reply = unsaved(null, null, text);
        reply.persistAndFlush();
        return reply;
    }

    /**
     * An agent sends a parked reply again, as it was or with new words: it joins the outbox as if
     * just approved, with its attempts counted afresh. Only a failed reply may be resent.
     */
    public void resend(String newText) {
        if (status != ReplyStatus.FAILED) {
            throw new IllegalStateException("Reply " + id + " is " + status + ", not FAILED");
        }
        if (newText != null) {
            text = newText;
        }
        status = ReplyStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = null;
        failureReason = null;
    }

    /** Answers no post and goes to no one: posted on the brand's timeline. */
    public boolean isBroadcast() {
        return inReplyToId == null && !direct;
    }

    private static Reply unsaved(Case supportCase, String inReplyToId, String text) {
        Reply reply = new Reply();
        reply.supportCase = supportCase;
        reply.inReplyToId = inReplyToId;
        reply.text = text;
        reply.status = ReplyStatus.QUEUED;
        reply.createdAt = Instant.now();
        return reply;
    }
}
