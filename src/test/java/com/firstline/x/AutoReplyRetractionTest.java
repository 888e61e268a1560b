package com.firstline.x;

import com.firstline.support.Api;
import com.firstline.support.Autopilots;
import com.firstline.support.Posts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** A supervisor retracts an automatic reply: the post is deleted on X (the fake X API), once, and audited. */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class AutoReplyRetractionTest {

    // A topic no other test posts about in bulk, so no incident (on in this profile) claims it.
    static final String QUESTION = "@LumenAir do my Lumen Miles expire if I do not fly for a while?";

    FakeXApi fake;

    @BeforeEach
    void autopilotLive() {
        fake.reset();
        Autopilots.on("LIVE", QUESTION, Map.of());
    }

    @AfterEach
    void autopilotOff() {
        Autopilots.reset();
    }

    @Test
    void aSupervisorRetractsAnAutomaticReplyAndXDeletesThePost() {
        AutoReply sent = autoReply();
        Api.given().post("/api/autopilot/decisions/{id}/retract", sent.decisionId).then().statusCode(403);

        Autopilots.supervisor().post("/api/autopilot/decisions/{id}/retract", sent.decisionId).then()
                .statusCode(200).body("retractedBy", is(Autopilots.SUPERVISOR));

        assertEquals(List.of(sent.postId), fake.deletedPosts());
        assertTrue(fake.createdPosts().isEmpty(), "the post is gone from X");
        given().get("/api/cases/{id}", sent.caseId).then()
                .body("replies[0].status", is("RETRACTED"))
                .body("audit.find { it.action == 'AUTO_RETRACTED' }.actor", is(Autopilots.SUPERVISOR))
                .body("audit.find { it.action == 'AUTO_RETRACTED' }.detail", containsString(sent.postId));
        Autopilots.supervisor().get("/cases/{id}", sent.caseId).then().statusCode(200)
                .body(containsString("Retracted by " + Autopilots.SUPERVISOR));

        Autopilots.supervisor().post("/api/autopilot/decisions/{id}/retract", sent.decisionId).then().statusCode(409);
        assertEquals(1, fake.deletedPosts().size(), "deleted once");
    }

    @Test
    void whenXFailsTheReplyStaysAndTheSupervisorMayTryAgain() {
        AutoReply sent = autoReply();
        fake.answerDeletes(FakeXApi.problem(503, "Service Unavailable", "Service Unavailable"));

        Autopilots.supervisor().post("/api/autopilot/decisions/{id}/retract", sent.decisionId).then()
                .statusCode(502).body("detail", containsString("not deleted"));
        given().get("/api/cases/{id}", sent.caseId).then().body("replies[0].status", is("SENT"))
                .body("audit.action", not(hasItem("AUTO_RETRACTED")));

        fake.reset();
        Autopilots.supervisor().post("/api/autopilot/decisions/{id}/retract", sent.decisionId).then().statusCode(200);
        given().get("/api/cases/{id}", sent.caseId).then().body("replies[0].status", is("RETRACTED"));
    }

    @Test
    void afterTheWindowAReplyCannotBeRetracted() {
        AutoReply sent = autoReply();
        Autopilots.policy(Map.of("retract-within", "0s"));

        Autopilots.supervisor().post("/api/autopilot/decisions/{id}/retract", sent.decisionId).then()
                .statusCode(409).body("detail", containsString("window"));
        assertTrue(fake.deletedPosts().isEmpty());
    }

    private record AutoReply(long caseId, long decisionId, String postId) {
    }

    /** A question the autopilot answers, posted on the fake X. */
    private AutoReply autoReply() {
        long caseId = Posts.send(Posts.post(Posts.newId(), QUESTION));
        Map<String, Object> decision = Autopilots.awaitDecision(caseId, 1);
        assertEquals("SENT", decision.get("outcome"), decision.toString());
        String postId = await().atMost(Duration.ofSeconds(15)).until(() -> given().get("/api/cases/{id}", caseId)
                .then().extract().path("replies[0].platformPostId"), id -> id != null);
        assertEquals(postId, fake.createdPosts().get(0).id());
        return new AutoReply(caseId, ((Number) decision.get("id")).longValue(), postId);
    }
}
