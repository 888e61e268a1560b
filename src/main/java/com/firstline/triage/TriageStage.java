package com.firstline.triage;

import com.firstline.ingest.Mention;
import com.firstline.pipeline.BatchStage;
import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pipeline stage: stored mentions → triage rows → hand-off to drafting. Works in batches: the
 * posts are read in one transaction, embedded in one call, and their triage stored in another
 * transaction, so the model and the database each see one request per batch. Safe to receive twice.
 */
@ApplicationScoped
public class TriageStage extends BatchStage {

    /** A mention read for triage: what to hand on, and what to assess. */
    private record Untriaged(long mentionId, String conversationId, TriageRequest request) {
    }

    @Inject
    TriageService triage;

    @Inject
    @Channel(PipelineChannels.TRIAGED_OUT)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<Long> triaged;

    @Incoming(PipelineChannels.MENTIONS)
    @Blocking(value = "triage", ordered = false)
    public void onMention(Long received) {
        receive(Handoff.id(received, PipelineChannels.MENTIONS));
    }

    /** Hands a triaged mention to drafting again (drafting's sweep, for hand-offs that never finished). */
    public void resend(long mentionId) {
        triaged.send(Handoff.of(mentionId, Mention.conversationOf(mentionId)));
    }

    @Override
    protected String stage() {
        return "triage";
    }

    @Override
    protected void workOn(List<Long> mentionIds) {
        List<Untriaged> posts = QuarkusTransaction.requiringNew().call(() -> untriaged(mentionIds));
        if (posts.isEmpty()) {
            return;
        }
        // Outside any transaction: the model (or an LLM, when triage uses one) may take a while.
        List<Assessment> assessments = triage.assessAll(posts.stream().map(Untriaged::request).toList());
        QuarkusTransaction.requiringNew().run(() -> store(posts, assessments));
        posts.forEach(p -> triaged.send(Handoff.of(p.mentionId(), p.conversationId())));
    }

    private static List<Untriaged> untriaged(List<Long> mentionIds) {
        List<Mention> mentions = Mention.list("select m from Mention m join fetch m.supportCase where m.id in ?1"
                + " and not exists (select t.id from Triage t where t.mention = m) order by m.postedAt", mentionIds);
        Map<Long, Long> earlier = earlierPosts(mentionIds);
        return mentions.stream().map(m -> {
            int priorUnanswered = m.supportCase.firstRespondedAt == null ? earlier.getOrDefault(m.id, 0L).intValue() : 0;
            return new Untriaged(m.id, m.conversationId, TriageRequest.of(m, priorUnanswered));
        }).toList();
    }

    /** For each mention, the posts its customer made in the case before it (absent: none). */
    private static Map<Long, Long> earlierPosts(List<Long> mentionIds) {
        Map<Long, Long> counts = new HashMap<>();
        Mention.getEntityManager().createQuery("select m.id, count(e.id) from Mention m, Mention e"
                        + " where m.id in ?1 and e.supportCase = m.supportCase and e.postedAt < m.postedAt group by m.id",
                        Object[].class)
                .setParameter(1, mentionIds).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Stores each assessment, unless another instance triaged the same mention meanwhile. */
    private static void store(List<Untriaged> posts, List<Assessment> assessments) {
        Set<Long> done = new HashSet<>(Triage.getEntityManager()
                .createQuery("select t.mention.id from Triage t where t.mention.id in ?1", Long.class)
                .setParameter(1, posts.stream().map(Untriaged::mentionId).toList()).getResultList());
        Instant now = Instant.now();
        for (int i = 0; i < posts.size(); i++) {
            if (!done.contains(posts.get(i).mentionId())) {
                Triage.of(Mention.getEntityManager().getReference(Mention.class, posts.get(i).mentionId()),
                        assessments.get(i), now).persist();
            }
        }
    }
}
