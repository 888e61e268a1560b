package com.firstline.x;

import com.firstline.ingest.Mention;
import com.firstline.ingest.MentionResource;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.*;

/** Mention polling through the real Twitter4J client against {@link FakeXApi}. */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class XIngestionTest {

    static final MentionPages.User MARTA = new MentionPages.User("4200000000000000042", "marta_r", "Marta Ribeiro", 412);
    static final MentionPages.User BRAND = new MentionPages.User(FakeXApi.BRAND_USER_ID, "LumenAir", "Lumen Air", 90000);

    FakeXApi fake;

    @Inject
    XIngestion ingestion;

    @Inject
    MentionPoller poller;

    /** Ids of this test's posts, counting up like X's: id(2) is newer than id(1). */
    long base = ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 8_000_000_000_000_000_000L);

    @BeforeEach
    void freshChannel() {
        fake.reset();
        QuarkusTransaction.requiringNew().run(() -> MentionCursor.deleteAll());
    }

    String id(int n) {
        return Long.toString(base + n);
    }

    @Test
    void mentionsArePagedInAndTheNextPollAsksOnlyForNewerOnes() {
        fake.serveMentions(MentionPages.page().next("page-2")
                .post(id(4), MARTA, "@LumenAir my bag did not arrive in Lisbon on LU 215")
                .post(id(3), MARTA, "@LumenAir still waiting at the belt").json());
        fake.serveMentionsPage("page-2", MentionPages.page().post(id(2), MARTA, "@LumenAir is LU 215 delayed?").json());

        ingestion.pollNow();

        assertStoredOnce(id(4), id(3), id(2));
        var first = fake.mentionRequests();
        assertEquals(2, first.size());
        assertFalse(first.get(0).queryParameter("since_id").isPresent(), "the first poll has no cursor yet");
        assertEquals("author_id,referenced_tweets.id", first.get(0).queryParameter("expansions").firstValue());
        assertTrue(first.get(0).queryParameter("tweet.fields").firstValue().contains("conversation_id"));
        assertTrue(first.get(0).queryParameter("user.fields").firstValue().contains("public_metrics"));
        assertEquals("page-2", first.get(1).queryParameter("pagination_token").firstValue());
        assertEquals(id(4), cursor().sinceId);

        fake.serveMentions(MentionPages.page().reply(id(5), MARTA, "@LumenAir thanks, found it", id(4), id(4)).json());
        ingestion.pollNow();

        var second = fake.mentionRequests().get(2);
        assertEquals(id(4), second.queryParameter("since_id").firstValue());
        assertEquals(id(5), cursor().sinceId);
        assertEquals(caseOf(id(4)), caseOf(id(5)), "a reply in the conversation joins its case");
        assertEquals(id(4), mention(id(5)).inReplyToId);
    }

    @Test
    void aMentionArrivingTwiceAcrossPagesMakesOneMentionAndOneCase() {
        var nadia = new MentionPages.User("4200000000000000077", "nadia_k", "Nadia K", 80);
        fake.serveMentions(MentionPages.page().next("p2").post(id(3), nadia, "@LumenAir seat 14C is broken")
                .post(id(2), nadia, "@LumenAir and the screen too").json());
        // X's pages can shift while new posts arrive: the last post of page 1 comes again on page 2.
        fake.serveMentionsPage("p2", MentionPages.page().post(id(2), nadia, "@LumenAir and the screen too")
                .post(id(1), nadia, "@LumenAir boarding now").json());

        ingestion.pollNow();

        assertStoredOnce(id(3), id(2), id(1));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                Mention.count("platform = ?1 and postId = ?2", MentionResource.PLATFORM, id(2))));
        assertEquals(id(3), cursor().sinceId, "the repeat did not stop the walk");
        assertEquals(0, ingestion.health().consecutiveErrors());
    }

    @Test
    void nothingIsLostWhenAWalkStopsMidwayAndTheServiceRestarts() {
        fake.serveMentions(MentionPages.page().post(id(1), MARTA, "@LumenAir hello").json());
        ingestion.pollNow();
        assertEquals(id(1), cursor().sinceId);

        fake.serveMentions(MentionPages.page().next("p2").post(id(5), MARTA, "@LumenAir five")
                .post(id(4), MARTA, "@LumenAir four").json());
        fake.serveMentionsWith("pagination_token", "p2", aResponseOf500());
        ingestion.pollNow();

        MentionCursor stopped = cursor();
        assertEquals(id(1), stopped.sinceId, "the cursor does not pass posts that were never read");
        assertEquals(id(5), stopped.walkNewestId);
        assertEquals(id(4), stopped.walkUntilId);

        // A restart keeps nothing in memory: the next poll resumes from what the database says.
        fake.serveMentionsUntil(id(4), MentionPages.page().post(id(3), MARTA, "@LumenAir three")
                .post(id(2), MARTA, "@LumenAir two").json());
        ingestion.pollNow();

        var resumed = fake.mentionRequests().get(fake.mentionRequests().size() - 1);
        assertEquals(id(1), resumed.queryParameter("since_id").firstValue());
        assertEquals(id(4), resumed.queryParameter("until_id").firstValue());
        assertStoredOnce(id(5), id(4), id(3), id(2), id(1));
        assertEquals(id(5), cursor().sinceId);
        assertNull(cursor().walkUntilId);
    }

    @Test
    void aWalkPausedByTheRequestBudgetResumesWhereItStopped() throws XApiException {
        fake.serveMentions(MentionPages.page().post(id(1), MARTA, "@LumenAir hello").json());
        ingestion.pollNow();
        fake.serveMentions(MentionPages.page().next("p2").post(id(4), MARTA, "@LumenAir four")
                .post(id(3), MARTA, "@LumenAir three").json());
        fake.serveMentionsUntil(id(3), MentionPages.page().post(id(2), MARTA, "@LumenAir two").json());

        PollReport paused = poller.poll(pacerAllowing(1));
        assertEquals(new PollReport(1, 2, 2, false), paused);
        assertEquals(id(1), cursor().sinceId);
        assertEquals(id(3), cursor().walkUntilId);

        PollReport resumed = poller.poll(pacerAllowing(1));
        assertEquals(new PollReport(1, 1, 1, true), resumed);
        assertStoredOnce(id(4), id(3), id(2));
        assertEquals(id(4), cursor().sinceId);
    }

    private static PollPacer pacerAllowing(int requests) {
        return new PollPacer(new Pacing(requests, Duration.ofSeconds(1), 1.5, Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofSeconds(10)), Clock.systemUTC(), new Random());
    }

    @Test
    void theRecordedPageIsTakenInAndAuthorsMissingFromIncludesAreKept() throws Exception {
        // Real recorded response: default fields only, so no author_id and no includes.users at all.
        String recorded = Files.readString(Path.of("src/test/resources/x-api/mentions-recorded.json"));
        fake.serveMentions(recorded);
        fake.serveMentionsPage("7140dibdnow9c7btw423i3sy3u5zupmkcpofxcsmxj48j", "{\"meta\":{\"result_count\":0}}");

        ingestion.pollNow();

        assertStoredOnce("1578516295611748353", "1578516107798884353");
        assertTrue(mention("1578516242867945475").authorHandle.startsWith(XPosts.UNKNOWN_AUTHOR_PREFIX));
        assertEquals("1578516295611748353", cursor().sinceId);

        var ghost = new MentionPages.User("4200000000000000099", "ghost", "Ghost", 1);
        fake.serveMentions(MentionPages.page().post(id(2), MARTA, "@LumenAir where is my refund")
                .post(id(1), ghost, "@LumenAir account suspended soon").withoutLastAuthor().json());
        ingestion.pollNow();
        assertEquals("marta_r", mention(id(2)).authorHandle);
        assertEquals(XPosts.UNKNOWN_AUTHOR_PREFIX + ghost.id(), mention(id(1)).authorHandle);
    }

    @Test
    void theBrandsOwnPostsAreNotNewCases() {
        fake.serveMentions(MentionPages.page().post(id(2), BRAND, "@marta_r we are on it")
                .post(id(1), MARTA, "@LumenAir hi").json());

        ingestion.pollNow();

        assertStoredOnce(id(1));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Mention.findByPost(MentionResource.PLATFORM, id(2)).orElse(null)));
        assertEquals(id(2), cursor().sinceId);
    }

    @Test
    void theEntitiesXPutsInPostTextAreDecodedOnce() {
        // X sends "&", "<" and ">" as entities; a customer who typed "&lt;" literally arrives as "&amp;lt;".
        fake.serveMentions(MentionPages.page()
                .post(id(1), MARTA, "@LumenAir B&amp;B in Lisbon &lt;3 but LU 215 &gt; 2h late, &amp;lt;b&amp;gt; is not HTML").json());

        ingestion.pollNow();

        assertEquals("@LumenAir B&B in Lisbon <3 but LU 215 > 2h late, &lt;b&gt; is not HTML", mention(id(1)).text);
    }

    @Test
    void malformedJsonFailsThePollLoudlyAndKeepsTheCursor() {
        fake.serveMentions(MentionPages.page().post(id(1), MARTA, "@LumenAir hi").json());
        ingestion.pollNow();

        fake.serveMentions("{\"data\":[{\"id\":\"" + id(2) + "\",\"text\":");
        ingestion.pollNow();

        ChannelHealth health = ingestion.health();
        assertEquals(1, health.consecutiveErrors());
        assertTrue(health.lastError().startsWith("GET mentions"), health.lastError());
        assertEquals(id(1), cursor().sinceId);
    }

    @Test
    void a429WaitsForTheResetXGives() {
        fake.serveMentions(MentionPages.page().post(id(1), MARTA, "@LumenAir hi").json());
        ingestion.pollNow();
        Instant reset = Instant.now().plusSeconds(120);
        fake.failMentions(FakeXApi.rateLimited(reset));

        ingestion.pollNow();

        Instant next = ingestion.health().nextPollAt();
        assertFalse(next.isBefore(reset.truncatedTo(ChronoUnit.SECONDS)), "next poll " + next);
        assertTrue(next.isBefore(reset.plusSeconds(2)), "next poll " + next);
        int requests = fake.mentionRequests().size();
        ingestion.tick();
        assertFalse(ingestion.isDue());
        assertEquals(requests, fake.mentionRequests().size(), "no request before the reset");
    }

    @Test
    void serverErrorsAndTimeoutsBackOffLongerEachTime() {
        fake.serveMentions(MentionPages.page().post(id(1), MARTA, "@LumenAir hi").json());
        ingestion.pollNow();

        fake.failMentions(FakeXApi.problem(503, "Service Unavailable", "Service Unavailable"));
        assertBackOff(1_000, 2_000);
        fake.failMentions(FakeXApi.problem(500, "Internal Server Error", "Internal Server Error"));
        assertBackOff(2_000, 4_000);
        fake.failMentions(aResponse().withStatus(200).withFixedDelay(3_000)
                .withHeader("Content-Type", "application/json").withBody("{\"meta\":{\"result_count\":0}}"));
        assertBackOff(4_000, 8_000);
        assertTrue(ingestion.health().lastError().contains("timed out"), ingestion.health().lastError());
        assertEquals(3, ingestion.health().consecutiveErrors());

        fake.stopFailingMentions();
        ingestion.pollNow();
        assertEquals(0, ingestion.health().consecutiveErrors());
    }

    private void assertBackOff(long minMillis, long maxMillis) {
        ingestion.pollNow();
        Instant polledAt = Instant.now();
        long wait = Duration.between(polledAt, ingestion.health().nextPollAt()).toMillis();
        assertTrue(wait >= minMillis - 200 && wait <= maxMillis, "backed off " + wait + " ms");
        assertFalse(ingestion.isDue());
    }

    private static ResponseDefinitionBuilder aResponseOf500() {
        return FakeXApi.problem(500, "Internal Server Error", "Internal Server Error");
    }

    private void assertStoredOnce(String... postIds) {
        for (String postId : List.of(postIds)) {
            assertNotNull(mention(postId), "mention " + postId + " stored");
        }
    }

    static Mention mention(String postId) {
        return QuarkusTransaction.requiringNew().call(() -> Mention.findByPost(MentionResource.PLATFORM, postId).orElse(null));
    }

    static long caseOf(String postId) {
        return QuarkusTransaction.requiringNew().call(() -> Mention.findByPost(MentionResource.PLATFORM, postId)
                .orElseThrow().supportCase.id);
    }

    static MentionCursor cursor() {
        return QuarkusTransaction.requiringNew().call(() -> MentionCursor.<MentionCursor>findById(FakeXApi.BRAND_USER_ID));
    }
}
