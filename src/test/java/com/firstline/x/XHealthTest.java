package com.firstline.x;

import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readiness and the queue page's banner follow X's answers: DOWN after failing too long, UP again after. */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class XHealthTest {

    static final String CHECK = "checks.find { it.name == 'x-mentions' }";

    FakeXApi fake;

    @Inject
    XIngestion ingestion;

    @Test
    void readinessGoesDownWhenPollingFailsTooLongAndUpWhenItRecovers() {
        fake.reset();
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".status", is("UP"))
                .body(CHECK + ".data.state", is("up"))
                .body(CHECK + ".data.remainingBudget", greaterThan(0));

        fake.failMentions(FakeXApi.problem(500, "Internal Server Error", "Internal Server Error"));
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(200).body(CHECK + ".data.consecutiveErrors", is(1));

        // Past firstline.x.health.failing-after (2 s in the test profile) it is DOWN, with no poll needed to see it.
        await().atMost(Duration.ofSeconds(10)).until(() -> given().get("/q/health/ready").statusCode() == 503);
        given().get("/q/health/ready").then().statusCode(503)
                .body(CHECK + ".status", is("DOWN"))
                .body(CHECK + ".data.consecutiveErrors", is(1))
                .body(CHECK + ".data.lastError", nullValue())
                .body(CHECK + ".data.lastSuccessfulPoll", notNullValue());
        given().get("/").then().statusCode(200).body(containsString("X mentions are not coming in"));

        fake.stopFailingMentions();
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(200).body(CHECK + ".status", is("UP"));
        given().get("/").then().statusCode(200).body(not(containsString("X mentions are not coming in")));
    }

    /**
     * X stops answering while no poll is due (a quiet brand polls minutes apart): the first request
     * it leaves unanswered, here an approved reply, starts the clock, and readiness is DOWN within
     * failing-after of it. It is UP again once X answers the reply's retry.
     */
    @Test
    void readinessGoesDownFromTheFirstUnansweredRequestOfAnyKind() {
        fake.reset();
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(200);

        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir does LU 77 have wifi?"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
        fake.answerPosts(FakeXApi.problem(503, "Service Unavailable", "Service Unavailable"));
        Instant xDown = Instant.now();
        given().contentType("application/json").body(Map.of("text", "Hi Casey, yes, on every LU flight. Ref " + postId))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200);

        await().atMost(Duration.ofSeconds(2 + 30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 503);
        assertTrue(Duration.between(xDown, Instant.now()).compareTo(Duration.ofSeconds(2 + 30)) <= 0);

        fake.createPostsNormally();
        await().atMost(Duration.ofSeconds(15)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
