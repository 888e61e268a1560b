package com.firstline.publish;

/** Posts approved replies to a platform. One implementation is active, chosen by firstline.publish.target. */
public interface Publisher {

    /** The value of firstline.publish.target that selects this publisher, and the Reply's platform. */
    String target();

    PublishedPost publish(OutgoingReply reply) throws PublishException;
}
