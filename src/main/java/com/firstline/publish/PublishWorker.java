package com.firstline.publish;

import com.firstline.audit.AuditLog;
import com.firstline.pipeline.PipelineChannels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Posts approved replies. A reply is claimed (QUEUED → SENDING) by an atomic update before the
 * publisher is called, so a reply offered twice, or to two workers, is posted by one of them only.
 */
@ApplicationScoped
public class PublishWorker {

    private static final Logger LOG = Logger.getLogger(PublishWorker.class);
    static final String ACTOR = "publisher";

    @ConfigProperty(name = "firstline.publish.target")
    String target;

    @Inject
    Instance<Publisher> publishers;

    @Inject
    AuditLog audit;

    private Publisher publisher;

    @PostConstruct
    void choosePublisher() {
        publisher = publishers.stream().filter(p -> p.target().equals(target)).findFirst()
                .orElseThrow(() -> new IllegalStateException("firstline.publish.target: no publisher named " + target));
    }

    @Incoming(PipelineChannels.APPROVED_REPLIES)
    @Blocking
    public void onApproved(long replyId) {
        Optional<OutgoingReply> claimed = QuarkusTransaction.requiringNew().call(() -> claim(replyId));
        claimed.ifPresent(this::post);
    }

    private void post(OutgoingReply outgoing) {
        try {
            PublishedPost posted = publisher.publish(outgoing);
            QuarkusTransaction.requiringNew().run(() -> markSent(outgoing.replyId(), posted));
        } catch (PublishException e) {
            LOG.warnf("Reply %d not posted (%s): %s", outgoing.replyId(), e.permanent() ? "parked" : "will retry",
                    e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> markNotSent(outgoing.replyId(), e));
        }
    }

    private Optional<OutgoingReply> claim(long replyId) {
        int claimed = Reply.update("status = ?1, attempts = attempts + 1 where id = ?2 and status = ?3",
                ReplyStatus.SENDING, replyId, ReplyStatus.QUEUED);
        if (claimed == 0) {
            return Optional.empty();
        }
        Reply reply = Reply.findById(replyId);
        return Optional.of(new OutgoingReply(reply.id, reply.inReplyToId, reply.supportCase.customerHandle, reply.text));
    }

    private void markSent(long replyId, PublishedPost posted) {
        Reply reply = Reply.findById(replyId);
        reply.status = ReplyStatus.SENT;
        reply.platform = publisher.target();
        reply.platformPostId = posted.platformPostId();
        reply.sentAt = posted.postedAt();
        reply.supportCase.recordResponse(posted.postedAt());
        audit.record(ACTOR, "REPLY_SENT", reply.supportCase.id, reply.draft.id,
                publisher.target() + " post " + posted.platformPostId());
    }

    /** A permanent refusal parks the reply for an agent; a passing one queues it for the sweep to retry. */
    private void markNotSent(long replyId, PublishException e) {
        Reply reply = Reply.findById(replyId);
        reply.status = e.permanent() ? ReplyStatus.FAILED : ReplyStatus.QUEUED;
        reply.failureReason = e.getMessage();
        if (e.permanent()) {
            audit.record(ACTOR, "REPLY_FAILED", reply.supportCase.id, reply.draft.id, e.getMessage());
        }
    }
}
