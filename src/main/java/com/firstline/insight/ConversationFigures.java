package com.firstline.insight;

import com.firstline.insight.Figures.Daily;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What customers write about and how they feel, per day their posts were written. */
@ApplicationScoped
class ConversationFigures {

    @Inject
    EntityManager em;

    record TriagedPost(Instant postedAt, Intent intent, Sentiment sentiment) {
    }

    List<TriagedPost> posts(DayRange range) {
        return em.createQuery("select m.postedAt, t.intent, t.sentiment from Triage t join t.mention m "
                        + "where m.postedAt >= ?1 and m.postedAt < ?2", Object[].class)
                .setParameter(1, range.start()).setParameter(2, range.end()).getResultStream()
                .map(r -> new TriagedPost((Instant) r[0], (Intent) r[1], (Sentiment) r[2])).toList();
    }

    /** Mentions per intent and day, spam included (a wave of spam is news too). */
    Daily volumeByIntent(List<TriagedPost> posts, DayRange range) {
        DailyCounts counts = new DailyCounts(range, List.of());
        posts.forEach(p -> counts.add(p.intent().name(), p.postedAt()));
        return counts.build(true);
    }

    /** Mentions per sentiment and day, spam left out. */
    Daily sentiment(List<TriagedPost> posts, DayRange range) {
        DailyCounts counts = new DailyCounts(range, Arrays.stream(Sentiment.values()).map(Enum::name).toList());
        posts.stream().filter(p -> p.intent() != Intent.SPAM).forEach(p -> counts.add(p.sentiment().name(), p.postedAt()));
        return counts.build(false);
    }
}
