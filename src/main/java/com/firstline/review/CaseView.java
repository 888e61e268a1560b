package com.firstline.review;

import com.firstline.audit.AuditEvent;
import com.firstline.cases.Case;
import com.firstline.cases.CaseNote;
import com.firstline.cases.DirectMessage;
import com.firstline.cases.ResponseTurn;
import com.firstline.common.Times;
import com.firstline.ingest.Mention;
import com.firstline.publish.Reply;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A whole case: the customer, their posts, our replies, each turn's SLA, notes and the audit trail. */
public record CaseView(long id, String status, String resolution, List<String> tags, String customerHandle, String customerName, int customerFollowers,
                       boolean customerVerified, String assignedTo, Instant openedAt, Instant responseDueAt, List<Turn> turns,
                       List<Post> posts, List<SentReply> replies, List<Note> notes, List<Audit> audit,
                       List<OtherCase> otherCases, List<Dm> directMessages) {

    /**
     * One message of the case's private conversation, the customer's or ours, oldest first. Ours
     * carry their reply id and send status (a failed one can be resent like any reply).
     */
    public record Dm(boolean fromCustomer, String text, Instant at, Long replyId, String status, String failureReason) {
    }

    /** Another case of the same customer: how it began, how it stands, and what we replied. */
    public record OtherCase(long id, String status, Instant openedAt, String firstPost, List<String> ourReplies) {
    }

    /** "open", "waiting on the customer", or "closed (no reply needed)". */
    public String statusLabel() {
        return switch (status) {
            case "WAITING" -> "waiting on the customer";
            case "CLOSED" -> "closed" + (resolution == null ? "" : " (" + resolution.toLowerCase().replace('_', ' ') + ")");
            default -> status.toLowerCase();
        };
    }

    /** One customer turn and its SLA: turn 1 is the first reply, later ones next replies. */
    public record Turn(int number, Instant startedAt, Instant dueAt, Instant respondedAt, boolean waived) {

        public String name() {
            return number == 1 ? "first reply" : "next reply";
        }

        /** Once answered, how the reply did against its target: "met in 4 min" or "missed by 12 min". */
        public String outcome() {
            if (respondedAt == null) {
                return waived ? "no reply needed" : null;
            }
            return respondedAt.isAfter(dueAt)
                    ? "missed by " + Times.length(Duration.between(dueAt, respondedAt))
                    : "met in " + Times.length(Duration.between(startedAt, respondedAt));
        }
    }

    /** A note for the team, never posted. */
    public record Note(long id, String author, String text, Instant createdAt) {
    }

    /** The post on X, for the agent to see it in its public thread. */
    public String linkTo(Post post) {
        return "https://x.com/" + customerHandle + "/status/" + post.postId();
    }

    public record Post(String postId, String text, Instant postedAt, String inReplyToId) {
    }

    public record SentReply(long id, Long draftId, String inReplyToId, boolean direct, String text, String status,
                            String platform, String platformPostId, Instant sentAt, String failureReason) {
    }

    public record Audit(Instant at, String actor, String action, Long draftId, String detail) {
    }

    static CaseView of(Case c, List<ResponseTurn> turns, List<Mention> mentions, List<Reply> replies, List<CaseNote> notes,
                       List<AuditEvent> audit, List<OtherCase> otherCases, List<DirectMessage> received) {
        return new CaseView(c.id, c.status.name(), c.resolution == null ? null : c.resolution.name(), c.tagList(),
                c.customerHandle, c.customerName, c.customerFollowers,
                c.customerVerified, c.assignedTo, c.openedAt, c.responseDueAt,
                turns.stream().map(t -> new Turn(t.turnNumber, t.startedAt, t.dueAt, t.respondedAt, t.waived)).toList(),
                mentions.stream().map(m -> new Post(m.postId, m.text, m.postedAt, m.inReplyToId)).toList(),
                replies.stream().map(r -> new SentReply(r.id, r.draft == null ? null : r.draft.id, r.inReplyToId, r.direct,
                        r.text, r.status.name(), r.platform, r.platformPostId, r.sentAt, r.failureReason)).toList(),
                notes.stream().map(n -> new Note(n.id, n.author, n.text, n.createdAt)).toList(),
                audit.stream().map(a -> new Audit(a.occurredAt, a.actor, a.action, a.draftId, a.detail)).toList(),
                otherCases, conversation(received, replies));
    }

    /** The customer's DMs and ours, in the order they were written (ours not yet sent: when approved). */
    private static List<Dm> conversation(List<DirectMessage> received, List<Reply> replies) {
        return Stream.concat(
                received.stream().map(m -> new Dm(true, m.text, m.sentAt, null, null, null)),
                replies.stream().filter(r -> r.direct).map(r -> new Dm(false, r.text,
                        r.sentAt != null ? r.sentAt : r.createdAt, r.id, r.status.name(), r.failureReason)))
                .sorted(Comparator.comparing(Dm::at)).toList();
    }
}
