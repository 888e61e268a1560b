package com.firstline.publish;

import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    @Inject
    TransactionSynchronizationRegistry transactions;

    public void offer(long replyId) {
        String conversation = QuarkusTransaction.requiringNew().call(() -> conversationOf(Reply.findById(replyId)));
        offer(Handoff.of(replyId, conversation));
    }

    /** For a sender inside a transaction: the reply is offered once that transaction has committed it. */
    public void offerOnCommit(Reply reply) {
        Message<Long> handoff = Handoff.of(reply.id, conversationOf(reply));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    offer(handoff);
                }
            }
        });
    }

    /** The key that keeps a conversation's replies in order; a broadcast is a conversation of its own. */
    private static String conversationOf(Reply reply) {
        return reply.supportCase == null ? "broadcast-" + reply.id : reply.supportCase.conversationId;
    }

    /** For a sender that read the conversation in the transaction that queued the reply. */
    public void offer(Message<Long> handoff) {
        channel.send(handoff);
    }
}
