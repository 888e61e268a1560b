package com.firstline.pipeline;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The message one stage hands the next: the id of committed work, keyed by the case's
 * conversation. On Kafka the key picks the partition, so all posts of one conversation go to one
 * partition and one consumer, in the order they were sent. In-process the key is ignored.
 */
public final class Handoff {

    private Handoff() {
    }

    public static Message<Long> of(long id, String conversationId) {
        return Message.of(id).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(conversationId).build());
    }

    /**
     * A receiving stage's check on what it was handed. On Kafka a record that is not an id arrives
     * without a payload; refusing it sends it to the channel's dead-letter topic.
     */
    public static long id(Long received, String channel) {
        if (received == null) {
            throw new PoisonMessageException("A message on " + channel + " that is not an id");
        }
        return received;
    }
}
