package com.firstline.publish;

import com.firstline.cases.Case;
import com.firstline.drafting.Draft;
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
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    public Draft draft;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    /** The customer's post this reply answers, so it lands in their thread. */
    @Column(name = "in_reply_to_id")
    public String inReplyToId;

    public String text;

    @Enumerated(EnumType.STRING)
    public ReplyStatus status;

    /** Which publisher posted it ("local" for the embedded recorder, "x" for X). */
    public String platform;
    @Column(name = "platform_post_id")
    public String platformPostId;

    public int attempts;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    /** Not to be tried before this: a rate-limit reset, the wait before reconciling, or a claim's expiry. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** A reply to the draft's post, queued for the publish worker; the caller's transaction stores it. */
    public static Reply queued(Draft draft, String text) {
        Reply reply = new Reply();
        reply.draft = draft;
        reply.supportCase = draft.supportCase;
        reply.inReplyToId = draft.mention.postId;
        reply.text = text;
        reply.status = ReplyStatus.QUEUED;
        reply.createdAt = Instant.now();
        reply.persistAndFlush();
        return reply;
    }
}
