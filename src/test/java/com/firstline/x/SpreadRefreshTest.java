package com.firstline.x;

import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counts of recent posts are read from the fake X API again, and a post being shared moves up. */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class SpreadRefreshTest {

    static final MentionPages.User NOOR = new MentionPages.User("4200000000000000077", "noor_k", "Noor Khan", 900);
    static final String TEXT = "@LumenAir my bag did not arrive in Oslo on LU 482 and nobody answers the phone";

    FakeXApi fake;

    @Inject
    XIngestion ingestion;

    @Inject
    SpreadRefresh refresh;

    final String id = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 8_000_000_000_000_000_000L));

    @BeforeEach
    void freshChannel() {
        fake.reset();
        QuarkusTransaction.requiringNew().run(() -> MentionCursor.deleteAll());
    }

    @Test
    void aPostRetweetedSinceItWasPolledMovesUpTheQueueAndSaysWhy() {
        fake.serveMentions(MentionPages.page().post(id, NOOR, TEXT).json());
        ingestion.pollNow();
        int before = priority(Queue.awaitDraftFor(id));

        fake.servePostLookups(okJson(MentionPages.page().post(id, NOOR, TEXT).sharedBy(30, 0, 2).json()));
        assertTrue(refresh.refresh() >= 1);

        assertTrue(fake.postLookups().get(0).contains(id), "asked for " + fake.postLookups());
        Map<String, Object> after = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Queue.draftFor(id), d -> priority(d) > before);
        assertTrue(reasons(after).contains("30 shares"), "reasons: " + reasons(after));
    }

    @Test
    void aRateLimitedRefreshChangesNothingAndFailsNothing() {
        fake.serveMentions(MentionPages.page().post(id, NOOR, TEXT).json());
        ingestion.pollNow();
        int before = priority(Queue.awaitDraftFor(id));

        fake.servePostLookups(FakeXApi.rateLimited(Instant.now().plusSeconds(900)));

        assertEquals(0, refresh.refresh());
        assertEquals(before, priority(Queue.draftFor(id)));
    }

    private static int priority(Map<String, Object> draft) {
        return ((Number) draft.get("priority")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> draft) {
        return (List<String>) draft.get("priorityReasons");
    }
}
