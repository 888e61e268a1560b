package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.problem.ProblemException;
import com.firstline.publish.ApprovedReplies;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Replies X refused for good (parked as FAILED), where the team sees them all and sends one again,
 * as it was or reworded. A resent reply is the same outbox row, so it still posts at most once.
 */
@ApplicationScoped
public class FailedReplies {

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLog audit;

    @Inject
    ApprovedReplies approvedReplies;

    /** A parked reply as the Failed view shows it; a broadcast has no case. */
    public record Failed(long replyId, Long caseId, String customerHandle, String inReplyToId, String text,
                         String failureReason, int attempts, Instant approvedAt) {

        static Failed of(Reply r) {
            return new Failed(r.id, r.supportCase == null ? null : r.supportCase.id,
                    r.supportCase == null ? null : r.supportCase.customerHandle, r.inReplyToId, r.text,
                    r.failureReason, r.attempts, r.createdAt);
        }
    }

    public List<Failed> list(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>find(
                        "from Reply r left join fetch r.supportCase where r.status = ?1 order by r.createdAt desc",
                        ReplyStatus.FAILED).page(0, limit).list().stream()
                .map(Failed::of).toList());
    }

    public long count() {
        return QuarkusTransaction.requiringNew().call(() -> Reply.count("status", ReplyStatus.FAILED));
    }

    /** Queues the reply again, with {@code newText} when the agent reworded it (null keeps the words). */
    @Transactional
    public Failed resend(long replyId, String newText) {
        Reply reply = Reply.<Reply>findByIdOptional(replyId)
                .orElseThrow(() -> ProblemException.notFound("No reply " + replyId));
        if (reply.status != ReplyStatus.FAILED) {
            throw ProblemException.conflict("Reply " + replyId + " is " + reply.status + "; only a failed reply is resent");
        }
        String handle = reply.supportCase == null ? null : reply.supportCase.customerHandle;
        String text = newText == null || newText.isBlank() ? null : PostableText.of(handle, newText);
        String reason = reply.failureReason;
        reply.resend(text);
        audit.record(identity.getPrincipal().getName(), "REPLY_RESENT",
                reply.supportCase == null ? null : reply.supportCase.id, reply.draft == null ? null : reply.draft.id,
                "after: " + reason + (text == null ? "" : "\nreworded: " + text));
        approvedReplies.offerOnCommit(reply);
        return Failed.of(reply);
    }
}
