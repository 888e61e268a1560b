package com.firstline.knowledge;

import com.firstline.triage.Intent;
import com.firstline.triage.TriageRequest;
import com.firstline.triage.TriageService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import com.firstline.support.Api;
import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The admin re-index: the knowledge base is read again and what is built from it is told. */
@QuarkusTest
class KnowledgeReindexTest {

    /** Counts re-index events, as the intent classifier receives them. */
    @Singleton
    static class Listener {
        final AtomicInteger heard = new AtomicInteger();

        void on(@Observes KnowledgeReindexed event) {
            heard.incrementAndGet();
        }
    }

    @Inject
    Listener listener;

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    TriageService triage;

    @Test
    void reindexReadsEveryArticleAgainAndTellsTheClassifier() {
        int before = listener.heard.get();
        int articles = knowledgeBase.articles().size();

        given().post("/api/admin/knowledge/reindex").then().statusCode(403);
        Api.as("admin", "admin-pass").post("/api/admin/knowledge/reindex").then().statusCode(200)
                .body("articles", is(articles)).body("passages", greaterThan(articles));

        assertEquals(before + 1, listener.heard.get());
        assertEquals(Intent.BAGGAGE, triage.assess(TriageRequest.ofText("my suitcase never arrived in Lisbon")).intent());
        assertEquals("baggage.md#cabin-bags", knowledgeBase.passage("baggage.md#cabin-bags").orElseThrow().source());
    }
}
