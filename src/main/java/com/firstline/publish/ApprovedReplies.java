package com.firstline.publish;

import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Hands a committed reply to the publish worker, keyed by its case's conversation, for every
 * sender: an agent's decision, the autopilot, an incident's fan-out and the stalled-reply sweep.
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
        offer(Handoff.of(replyId, conversation));
    }

    /** For a sender that read the conversation in the transaction that queued the reply. */
    public void offer(Message<Long> handoff) {
        channel.send(handoff);
    }
}
