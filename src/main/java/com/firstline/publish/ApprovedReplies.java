package com.firstline.publish;

import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Hands a committed reply to the publish worker, keyed by its case's conversation, for the
 * senders that are not an agent's decision: the autopilot and an incident's fan-out.
 */
@ApplicationScoped
public class ApprovedReplies {

    @Inject
    @Channel(PipelineChannels.APPROVED_REPLIES_OUT)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<Long> channel;

    public void offer(long replyId) {
        String conversation = QuarkusTransaction.requiringNew().call(() ->
                Reply.<Reply>findById(replyId).supportCase.conversationId);
        channel.send(Handoff.of(replyId, conversation));
    }
}
