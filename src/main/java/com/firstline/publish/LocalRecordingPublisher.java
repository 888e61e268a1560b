package com.firstline.publish;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;

/**
 * The embedded default: posts nothing anywhere. It records the reply locally (the Reply row and
 * a log line) under a local id, so the whole pipeline runs without an X account.
 */
@ApplicationScoped
public class LocalRecordingPublisher implements Publisher {

    private static final Logger LOG = Logger.getLogger(LocalRecordingPublisher.class);

    @Override
    public String target() {
        return "local";
    }

    @Override
    public PublishedPost publish(OutgoingReply reply) {
        LOG.infof("Recorded locally (not posted to X), in reply to %s: @%s %s", reply.inReplyToPostId(),
                reply.handle(), reply.text());
        return new PublishedPost("local-" + reply.replyId(), Instant.now());
    }

    @Override
    public PublishedPost sendDirect(OutgoingReply reply) {
        LOG.infof("Recorded locally (not sent on X), a DM to %s (@%s): %s", reply.recipientId(), reply.handle(), reply.text());
        return new PublishedPost("local-dm-" + reply.replyId(), Instant.now());
    }

    /** A local recording leaves nothing to find: recording again is harmless, since nothing is posted. */
    @Override
    public Optional<PublishedPost> findPublished(OutgoingReply reply) {
        return Optional.empty();
    }

    @Override
    public PublishedPost broadcast(String text) {
        LOG.infof("Recorded locally (not posted to X), a status post: %s", text);
        return new PublishedPost("local-status-" + Integer.toHexString(text.hashCode()), Instant.now());
    }

    /** Nothing was posted, so nothing is deleted; the log says it was retracted. */
    @Override
    public void retract(String platformPostId) {
        LOG.infof("Retracted locally (nothing was posted to X): %s", platformPostId);
    }
}
