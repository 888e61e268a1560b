package com.firstline.x;

import com.firstline.publish.OutgoingReply;
import com.firstline.publish.PublishException;
import com.firstline.publish.PublishedPost;
import com.firstline.publish.Publisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * Posts approved replies on X (firstline.publish.target=x) as public replies in the customer's
 * thread: POST /2/tweets with reply.in_reply_to_tweet_id (X adds the customer's handle itself),
 * and sends private replies as DMs.
 */
@ApplicationScoped
public class XPublisher implements Publisher {

    /** The value of firstline.publish.target that selects this publisher. */
    static final String TARGET = "x";

    @Inject
    XClient client;

    @Inject
    XDirectMessages directMessages;

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public PublishedPost publish(OutgoingReply reply) throws PublishException {
        try {
            return new PublishedPost(client.postReply(reply.inReplyToPostId(), reply.text()), Instant.now());
        } catch (XApiException e) {
            throw new PublishException(e.getMessage(), outcomeOfSend(e), e.resetAt().orElse(null), e);
        }
    }

    /** Our reply to the same post, if X has one: the earlier send went through after all. */
    @Override
    public Optional<PublishedPost> findPublished(OutgoingReply reply) throws PublishException {
        try {
            Optional<String> ours = reply.isDirect() ? directMessages.findSent(reply.text(), reply.queuedAt())
                    : reply.isBroadcast() ? client.findOurPost(reply.text(), reply.queuedAt())
                    : client.findOurReplyTo(reply.inReplyToPostId());
            return ours.map(id -> new PublishedPost(id, Instant.now()));
        } catch (XApiException e) {
            // Without an answer the send stays unconfirmed; a refusal needs a person to check X.
            var outcome = e.failure() == XApiException.Failure.REJECTED
                    ? PublishException.Outcome.REJECTED : PublishException.Outcome.UNKNOWN;
            throw new PublishException("could not confirm whether the reply was posted (check X before resending): "
                    + e.getMessage(), outcome, e.resetAt().orElse(null), e);
        }
    }

    /** POST /2/tweets without a reply; a send whose result is unknown is left for a person to check on X. */
    @Override
    public PublishedPost broadcast(String text) throws PublishException {
        try {
            return new PublishedPost(client.postStatus(text), Instant.now());
        } catch (XApiException e) {
            throw new PublishException(e.getMessage(), outcomeOfSend(e), e.resetAt().orElse(null), e);
        }
    }

    /** POST /2/dm_conversations/with/:participant_id/messages, with the DM user token. */
    @Override
    public PublishedPost sendDirect(OutgoingReply reply) throws PublishException {
        try {
            return new PublishedPost(directMessages.send(reply.recipientId(), reply.text()), Instant.now());
        } catch (XApiException e) {
            throw new PublishException(e.getMessage(), outcomeOfSend(e), e.resetAt().orElse(null), e);
        }
    }

    /** DELETE /2/tweets/:id. A post X no longer has (404) counts as deleted. */
    @Override
    public void retract(String platformPostId) throws PublishException {
        try {
            if (!client.deletePost(platformPostId)) {
                throw new PublishException("X did not delete post " + platformPostId, PublishException.Outcome.REJECTED,
                        null, null);
            }
        } catch (XApiException e) {
            if (e.status() != 404) {
                throw new PublishException(e.getMessage(), outcomeOfSend(e), e.resetAt().orElse(null), e);
            }
        }
    }

    private static PublishException.Outcome outcomeOfSend(XApiException e) {
        return switch (e.failure()) {
            case RATE_LIMITED, UNAVAILABLE -> PublishException.Outcome.NOT_SENT;
            case UNKNOWN_RESULT -> PublishException.Outcome.UNKNOWN;
            case DUPLICATE_CONTENT -> PublishException.Outcome.DUPLICATE;
            case REJECTED -> PublishException.Outcome.REJECTED;
        };
    }
}
