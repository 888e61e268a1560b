package com.firstline.publish;

import java.util.Optional;

/** Posts approved replies to a platform. One implementation is active, chosen by firstline.publish.target. */
public interface Publisher {

    /** The value of firstline.publish.target that selects this publisher, and the Reply's platform. */
    String target();

    PublishedPost publish(OutgoingReply reply) throws PublishException;

    /**
     * Looks on the platform for this reply (a post, or a DM among the sent ones), already sent by
     * an earlier send whose result was unknown (a timeout, a crash mid-send). Called before any
     * retry of such a send.
     */
    Optional<PublishedPost> findPublished(OutgoingReply reply) throws PublishException;

    /**
     * Posts on the brand's own timeline, in reply to no one (an incident's broadcast status post).
     * Platforms that cannot post that way refuse it.
     */
    default PublishedPost broadcast(String text) throws PublishException {
        throw new PublishException(target() + " cannot post status updates", PublishException.Outcome.REJECTED, null, null);
    }

    /** Sends the reply privately, as a direct message to its recipient. Platforms without DMs refuse it. */
    default PublishedPost sendDirect(OutgoingReply reply) throws PublishException {
        throw new PublishException(target() + " cannot send direct messages", PublishException.Outcome.REJECTED, null, null);
    }

    /**
     * Deletes a post this publisher made (a supervisor retracting an automatic reply). Platforms
     * that cannot delete refuse it.
     */
    default void retract(String platformPostId) throws PublishException {
        throw new PublishException(target() + " cannot delete posts", PublishException.Outcome.REJECTED, null, null);
    }
}
