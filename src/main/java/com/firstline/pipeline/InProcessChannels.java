package com.firstline.pipeline;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The embedded set-up's hand-offs: each sending channel is joined to its receiving channel inside
 * the JVM, message for message. With {@code firstline.pipeline.transport=kafka} this bean is left
 * out of the build and Kafka joins them instead (see {@link PipelineChannels}).
 */
@ApplicationScoped
@IfBuildProperty(name = "firstline.pipeline.transport", stringValue = "in-process", enableIfMissing = true)
public class InProcessChannels {

    @Incoming(PipelineChannels.MENTIONS_OUT)
    @Outgoing(PipelineChannels.MENTIONS)
    public Message<Long> mentions(Message<Long> mention) {
        return mention;
    }

    @Incoming(PipelineChannels.TRIAGED_OUT)
    @Outgoing(PipelineChannels.TRIAGED)
    public Message<Long> triaged(Message<Long> mention) {
        return mention;
    }

    @Incoming(PipelineChannels.APPROVED_REPLIES_OUT)
    @Outgoing(PipelineChannels.APPROVED_REPLIES)
    public Message<Long> approvedReplies(Message<Long> reply) {
        return reply;
    }
}
