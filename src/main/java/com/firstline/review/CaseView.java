package com.firstline.review;

import com.firstline.audit.AuditEvent;
import com.firstline.cases.Case;
import com.firstline.cases.CaseNote;
import com.firstline.common.Times;
import com.firstline.ingest.Mention;
import com.firstline.publish.Reply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A whole case: the customer, their posts, our replies, and the audit trail. */
public record CaseView(long id, String status, String resolution, List<String> tags, String customerHandle, String customerName, int customerFollowers,
                       boolean customerVerified, Instant openedAt, Instant firstResponseDueAt,
                       Instant firstRespondedAt, List<Post> posts, List<SentReply> replies, List<Note> notes,
                       List<Audit> audit) {

    /** A note for the team, never posted. */
    public record Note(long id, String author, String text, Instant createdAt) {
    }

    /** The post on X, for the agent to see it in its public thread. */
    public String linkTo(Post post) {
        return "https://x.com/" + customerHandle + "/status/" + post.postId();
    }

    /** Once answered, how the first reply did against its target: "met in 4 min" or "missed by 12 min". */
    public String firstReplyOutcome() {
        if (firstRespondedAt == null) {
            return null;
        }
        return firstRespondedAt.isAfter(firstResponseDueAt)
                ? "missed by " + Times.length(Duration.between(firstResponseDueAt, firstRespondedAt))
                : "met in " + Times.length(Duration.between(openedAt, firstRespondedAt));
    }

    public record Post(String postId, String text, Instant postedAt, String inReplyToId) {
    }

    public record SentReply(long id, Long draftId, String inReplyToId, String text, String status, String platform,
                            String platformPostId, Instant sentAt, String failureReason) {
    }

    public record Audit(Instant at, String actor, String action, Long draftId, String detail) {
    }

    static CaseView of(Case c, List<Mention> mentions, List<Reply> replies, List<CaseNote> notes, List<AuditEvent> audit) {
        return new CaseView(c.id, c.status.name(), c.resolution == null ? null : c.resolution.name(), c.tagList(),
                c.customerHandle, c.customerName, c.customerFollowers,
                c.customerVerified, c.openedAt, c.firstResponseDueAt, c.firstRespondedAt,
                mentions.stream().map(m -> new Post(m.postId, m.text, m.postedAt, m.inReplyToId)).toList(),
                replies.stream().map(r -> new SentReply(r.id, r.draft == null ? null : r.draft.id, r.inReplyToId, r.text, r.status.name(),
                        r.platform, r.platformPostId, r.sentAt, r.failureReason)).toList(),
                notes.stream().map(n -> new Note(n.id, n.author, n.text, n.createdAt)).toList(),
                audit.stream().map(a -> new Audit(a.occurredAt, a.actor, a.action, a.draftId, a.detail)).toList());
    }
}
