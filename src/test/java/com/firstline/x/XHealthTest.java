package com.firstline.x;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;

/** Readiness and the queue page's banner follow mention polling: DOWN after failing too long, UP again after. */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class XHealthTest {

    static final String CHECK = "checks.find { it.name == 'x-mentions' }";

    FakeXApi fake;

    @Inject
    XIngestion ingestion;

    @Test
    void readinessGoesDownWhenPollingFailsTooLongAndUpWhenItRecovers() throws Exception {
        fake.reset();
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".status", is("UP"))
                .body(CHECK + ".data.state", is("up"))
                .body(CHECK + ".data.remainingBudget", greaterThan(0));

        fake.failMentions(FakeXApi.problem(500, "Internal Server Error", "Internal Server Error"));
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(200).body(CHECK + ".data.consecutiveErrors", is(1));

        Thread.sleep(2_200); // past firstline.x.health.failing-after in the test profile
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(503)
                .body(CHECK + ".status", is("DOWN"))
                .body(CHECK + ".data.consecutiveErrors", is(2))
                .body(CHECK + ".data.lastError", nullValue())
                .body(CHECK + ".data.lastSuccessfulPoll", notNullValue());
        given().get("/").then().statusCode(200).body(containsString("X mentions are not coming in"));

        fake.stopFailingMentions();
        ingestion.pollNow();
        given().get("/q/health/ready").then().statusCode(200).body(CHECK + ".status", is("UP"));
        given().get("/").then().statusCode(200).body(not(containsString("X mentions are not coming in")));
    }
}
