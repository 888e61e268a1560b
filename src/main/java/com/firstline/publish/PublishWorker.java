package com.firstline.publish;

import com.firstline.audit.AuditLog;
import com.firstline.cases.DirectMessage;
import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import com.firstline.pipeline.StageTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;

/**
 * Posts approved replies, incidents' broadcasts (replies that answer no post) and DMs, each at most once. A reply is claimed by an atomic update of its status
 * before the publisher is called, so a reply offered twice, or to two workers, is sent by one of
 * them only. A send whose result is unknown (timeout, or a claim that expired because the worker
 * died mid-send) is looked for on the platform before it is ever sent again.
 */
@ApplicationScoped
public class PublishWorker {

    private static final Logger LOG = Logger.getLogger(PublishWorker.class);
    static final String ACTOR = "publisher";

    @Inject
    PublishSettings settings;

    @Inject
    Publishers publishers;

    @Inject
    AuditLog audit;

    @Inject
    ReplyRetries retries;

    @Inject
    MeterRegistry metrics;

    private Publisher publisher;
    private Timer steps;

    /** A claimed reply, and whether an earlier send of it may have reached the platform. */
    private record Claim(OutgoingReply reply, boolean mayBePosted) {
    }

    @PostConstruct
    void choosePublisher() {
        publisher = publishers.active();
        steps = StageTimer.of(metrics, "publish");
    }

    @Incoming(PipelineChannels.APPROVED_REPLIES)
    @Blocking
    public void onApproved(Long received) {
        long replyId = Handoff.id(received, PipelineChannels.APPROVED_REPLIES);
        steps.record(() -> QuarkusTransaction.requiringNew().call(() -> claim(replyId)).ifPresent(this::send));
    }

    private void send(Claim claim) {
        OutgoingReply outgoing = claim.reply();
        try {
            Optional<PublishedPost> found = claim.mayBePosted() ? publisher.findPublished(outgoing) : Optional.empty();
            if (found.isPresent()) {
                LOG.infof("Reply %d was already posted (%s); not sending it again", outgoing.replyId(),
                        found.get().platformPostId());
            }
            PublishedPost posted = found.isPresent() ? found.get() : publish(claim);
            QuarkusTransaction.requiringNew().run(() -> markSent(outgoing.replyId(), posted));
        } catch (PublishException e) {
            LOG.warnf("Reply %d not confirmed (%s): %s", outgoing.replyId(), e.outcome(), e.getMessage());
            Instant due = QuarkusTransaction.requiringNew().call(() -> markNotSent(outgoing.replyId(), e, claim.mayBePosted()));
            if (due != null) {
                retries.offerAt(outgoing.replyId(), due);
            }
        }
    }

    /**
     * Sends the reply. When the platform refuses it as a duplicate of a post of ours and an earlier
     * send may have gone through, the duplicate is most likely that send, not yet visible when we
     * looked: look again, and take it as posted when found.
     */
    private PublishedPost publish(Claim claim) throws PublishException {
        try {
            OutgoingReply reply = claim.reply();
            if (reply.isDirect()) {
                return publisher.sendDirect(reply);
            }
            return reply.isBroadcast() ? publisher.broadcast(reply.text()) : publisher.publish(reply);
        } catch (PublishException e) {
            if (e.outcome() != PublishException.Outcome.DUPLICATE || !claim.mayBePosted()) {
                throw e;
            }
            Optional<PublishedPost> found = publisher.findPublished(claim.reply());
            if (found.isEmpty()) {
                throw e;
            }
            LOG.infof("Reply %d: the resend was refused as a duplicate of %s, the earlier send", claim.reply().replyId(),
                    found.get().platformPostId());
            return found.get();
        }
    }

    /**
     * Queued replies are claimed when due; unconfirmed ones, and ones whose claim expired, are
     * claimed for reconciling. The update matches the status read, so only one worker wins.
     */
    private Optional<Claim> claim(long replyId) {
        Reply reply = Reply.findById(replyId);
        Instant now = Instant.now();
        if (reply == null || !claimable(reply, now)) {
            return Optional.empty();
        }
        ReplyStatus seen = reply.status;
        int claimed = Reply.update("status = ?1, attempts = attempts + 1, nextAttemptAt = ?2 "
                        + "where id = ?3 and status = ?4 and attempts = ?5",
                ReplyStatus.SENDING, now.plus(settings.claimLease()), replyId, seen, reply.attempts);
        if (claimed == 0) {
            return Optional.empty();
        }
        var outgoing = new OutgoingReply(reply.id, reply.inReplyToId,
                reply.supportCase == null ? null : reply.supportCase.customerHandle, reply.text, reply.createdAt,
                reply.direct ? reply.recipientId : null);
        return Optional.of(new Claim(outgoing, seen != ReplyStatus.QUEUED));
    }

    private static boolean claimable(Reply reply, Instant now) {
        boolean due = reply.nextAttemptAt == null || !reply.nextAttemptAt.isAfter(now);
        return due && (reply.status == ReplyStatus.QUEUED || reply.status == ReplyStatus.UNCONFIRMED
                || reply.status == ReplyStatus.SENDING);
    }

    private void markSent(long replyId, PublishedPost posted) {
        Reply reply = Reply.findById(replyId);
        reply.status = ReplyStatus.SENT;
        reply.platform = publisher.target();
        reply.platformPostId = posted.platformPostId();
        reply.sentAt = posted.postedAt();
        reply.nextAttemptAt = null;
        // An earlier attempt's trouble is over: a sent reply shows none (the log keeps it).
        reply.failureReason = null;
        if (reply.supportCase != null) {
            reply.supportCase.recordResponse(posted.postedAt());
        }
        if (reply.direct) {
            DirectMessage.answeredIn(reply.supportCase);
        }
        audit.record(ACTOR, reply.direct ? "DM_SENT" : reply.isBroadcast() ? "BROADCAST_SENT" : "REPLY_SENT", caseId(reply),
                draftId(reply), publisher.target() + (reply.direct ? " message " : " post ") + posted.platformPostId());
    }

    /** A broadcast answers no case. */
    private static Long caseId(Reply reply) {
        return reply.supportCase == null ? null : reply.supportCase.id;
    }

    /** Incident replies answer no draft of their own. */
    private static Long draftId(Reply reply) {
        return reply.draft == null ? null : reply.draft.id;
    }

    /**
     * Refused: parked for an agent. Not sent: queued again once the platform allows. Unknown:
     * left unconfirmed, to be looked for after a short wait, never re-sent blindly. A duplicate
     * after an unknown send: unconfirmed too (the platform's list of our posts may lag), until
     * firstline.publish.duplicate-attempts; a duplicate of another reply's words: parked.
     *
     * @return when to try again; null when parked
     */
    private Instant markNotSent(long replyId, PublishException e, boolean mayBePosted) {
        Reply reply = Reply.findById(replyId);
        reply.failureReason = e.getMessage();
        boolean lookAgain = mayBePosted && reply.attempts < settings.duplicateAttempts();
        switch (e.outcome()) {
            case DUPLICATE -> {
                if (lookAgain) {
                    reply.failureReason = "probably posted by the earlier send; looking for it again (" + e.getMessage() + ")";
                    unconfirmed(reply);
                } else {
                    reply.failureReason = (mayBePosted ? "not found among our posts, check X before resending: " : "")
                            + e.getMessage();
                    park(reply, reply.failureReason);
                }
            }
            case REJECTED -> park(reply, e.getMessage());
            case NOT_SENT -> {
                reply.status = ReplyStatus.QUEUED;
                reply.nextAttemptAt = e.retryAt().orElse(Instant.now().plus(settings.retryAfter()));
            }
            case UNKNOWN -> unconfirmed(reply);
        }
        return reply.nextAttemptAt;
    }

    private void unconfirmed(Reply reply) {
        reply.status = ReplyStatus.UNCONFIRMED;
        reply.nextAttemptAt = Instant.now().plus(settings.retryAfter());
    }

    private void park(Reply reply, String reason) {
        reply.status = ReplyStatus.FAILED;
        reply.nextAttemptAt = null;
        audit.record(ACTOR, "REPLY_FAILED", caseId(reply), draftId(reply), reason);
    }
}
