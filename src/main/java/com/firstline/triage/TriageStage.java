package com.firstline.triage;

import io.micrometer.core.annotation.Timed;
import com.firstline.ingest.Mention;
import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;

/** Pipeline stage: stored mention → triage row → hand-off to drafting. Safe to receive twice. */
@ApplicationScoped
public class TriageStage {

    private static final Logger LOG = Logger.getLogger(TriageStage.class);

    @Inject
    TriageService triage;

    @Inject
    @Channel(PipelineChannels.TRIAGED_OUT)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<Long> triaged;

    @Incoming(PipelineChannels.MENTIONS)
    @Blocking
    @Timed(value = "firstline.stage", extraTags = {"stage", "triage"}, histogram = true)
    public void onMention(Long received) {
        long mentionId = Handoff.id(received, PipelineChannels.MENTIONS);
        try {
            QuarkusTransaction.requiringNew().call(() -> triageOnce(mentionId)).ifPresent(triaged::send);
        } catch (RuntimeException e) {
            // Left untriaged: the stalled-mention sweep offers it again later.
            LOG.errorf(e, "Triage of mention %d failed", mentionId);
        }
    }

    void resend(long mentionId) {
        triaged.send(Handoff.of(mentionId, Mention.conversationOf(mentionId)));
    }

    private Optional<Message<Long>> triageOnce(long mentionId) {
        Mention mention = Mention.findById(mentionId);
        if (mention == null || Triage.findByMention(mention).isPresent()) {
            return Optional.empty();
        }
        var supportCase = mention.supportCase;
        long earlierPosts = Mention.count("supportCase = ?1 and postedAt < ?2", supportCase, mention.postedAt);
        int priorUnanswered = supportCase.firstRespondedAt == null ? (int) earlierPosts : 0;
        Assessment assessment = triage.assess(new TriageRequest(mention.text, mention.lang,
                supportCase.customerFollowers, supportCase.customerVerified, mention.retweets, mention.quotes,
                mention.replies, priorUnanswered));

        Triage row = new Triage();
        row.mention = mention;
        row.intent = assessment.intent();
        row.intentScore = assessment.intentScore();
        row.sentiment = assessment.sentiment();
        row.sentimentScore = assessment.sentimentScore();
        row.urgencySignals = String.join(",", assessment.signals().stream().map(Enum::name).toList());
        row.language = assessment.language();
        row.reach = assessment.reach();
        row.priority = assessment.priority();
        row.priorityReasons = String.join("; ", assessment.reasons());
        row.triagedAt = Instant.now();
        row.persist();
        return Optional.of(Handoff.of(mentionId, mention.conversationId));
    }
}
