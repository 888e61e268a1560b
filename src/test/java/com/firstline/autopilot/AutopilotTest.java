package com.firstline.autopilot;

import com.firstline.publish.Reply;
import com.firstline.support.Api;
import com.firstline.support.Autopilots;
import com.firstline.support.Posts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The autopilot on the embedded pipeline: it sends only what the policy allows, once, and audits why. */
@QuarkusTest
class AutopilotTest {

    static final String QUESTION = "@LumenAir is the wifi free on the flight to Oslo?";

    @AfterEach
    void autopilotOff() {
        Autopilots.reset();
    }

    @Test
    void liveItAnswersAnAllowedQuestionOnceAndAuditsTheRule() {
        Autopilots.on("LIVE", QUESTION, Map.of());
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, QUESTION));

        Map<String, Object> decision = Autopilots.awaitDecision(caseId, 1);
        assertEquals("SENT", decision.get("outcome"), decision.toString());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/api/cases/{id}", caseId).then()
                .body("replies", hasSize(1))
                .body("replies[0].status", is("SENT"))
                .body("replies[0].inReplyToId", is(postId))
                .body("audit.find { it.action == 'AUTO_SENT' }.actor", is("autopilot"))
                .body("audit.find { it.action == 'AUTO_SENT' }.detail", containsString("checks passed")));
        given().get("/api/drafts/{id}", decision.get("draftId")).then()
                .body("status", is("APPROVED")).body("decidedBy", is("autopilot"));

        // The customer's next post in the case is for a person: one automatic reply per case.
        String next = Posts.newId();
        Map<String, Object> followUp = new HashMap<>(Posts.post(next, postId, "@LumenAir and is it fast enough for video calls?",
                "4100000000000000001", "casey_flyer", 250));
        followUp.put("referenced_tweets", List.of(Map.of("type", "replied_to", "id", postId)));
        Posts.send(followUp);
        Map<String, Object> second = Autopilots.awaitDecision(caseId, 2);
        assertEquals("HELD", second.get("outcome"));
        assertTrue(second.get("rule").toString().contains("already answered automatically"), second.toString());
        given().get("/api/drafts/{id}", second.get("draftId")).then().body("status", is("PENDING"));
        assertEquals(1L, replies(caseId));
    }

    @Test
    void draftsThePolicyDoesNotAllowStayInTheQueue() {
        Autopilots.on("LIVE", QUESTION, Map.of("vip-reach", "5000"));
        assertHeld(Posts.post(Posts.newId(), Posts.newId(), QUESTION, "4100000000000000777", "big_voice", 48_000), "VIP");
        assertHeld(Posts.post(Posts.newId(), "@LumenAir is the wifi free on the flight? I'm at the gate right now"),
                "urgency signal");

        Map<String, Object> inSpanish = new HashMap<>(Posts.post(Posts.newId(), QUESTION));
        inSpanish.put("lang", "es"); // as X files it; the reply would be in English
        assertHeld(inSpanish, "the post is in es, the reply in en");

        Autopilots.policy(Map.of("hours", "00:00-00:01"));
        assertHeld(Posts.post(Posts.newId(), QUESTION), "outside hours");
    }

    @Test
    void theKillSwitchStopsEveryAutomaticReply() {
        Autopilots.on("LIVE", QUESTION, Map.of("kill-switch", "true"));
        assertHeld(Posts.post(Posts.newId(), QUESTION), "kill switch");
    }

    @Test
    void theHourlyRateLimitHolds() {
        Autopilots.on("LIVE", QUESTION, Map.of());
        long before = Autopilots.load().getLong("sentLastHour");
        Autopilots.policy(Map.of("rate-limit-per-hour", Long.toString(before + 2)));

        List<Long> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cases.add(Posts.send(Posts.post(Posts.newId(), Posts.newId(), QUESTION, "41000000000000009" + i + "0",
                    "asker_" + i, 100)));
        }
        List<String> outcomes = cases.stream().map(c -> Autopilots.awaitDecision(c, 1).get("outcome").toString()).toList();

        assertEquals(2, outcomes.stream().filter("SENT"::equals).count(), outcomes.toString());
        assertEquals(before + 2, Autopilots.load().getLong("sentLastHour"));
        assertEquals(2L, cases.stream().mapToLong(AutopilotTest::replies).sum());
    }

    @Test
    void onlyAdminsChangeThePolicyAndBadValuesAreRefused() {
        Api.as(Autopilots.SUPERVISOR, Autopilots.SUPERVISOR_PASSWORD).contentType("application/json")
                .body(Map.of("mode", "LIVE")).put("/api/admin/autopilot").then().statusCode(403);
        Api.as("admin", "admin-pass").contentType("application/json").body(Map.of("mode", "SOMETIMES"))
                .put("/api/admin/autopilot").then().statusCode(400).body("detail", containsString("SOMETIMES"));
        Api.as("admin", "admin-pass").contentType("application/json").body(Map.of("kil-switch", "true"))
                .put("/api/admin/autopilot").then().statusCode(400).body("detail", containsString("kil-switch"));
        Api.as("admin", "admin-pass").contentType("application/json").body(Map.of("rate-limit-per-hour", "-1"))
                .put("/api/admin/autopilot").then().statusCode(400).body("detail", containsString("0 or more"));
        Api.as("admin", "admin-pass").get("/api/admin/autopilot").then().statusCode(200)
                .body("policy.mode", is("OFF")).body("configured.mode", is("OFF"));
    }

    @Test
    void inShadowModeItRecordsWhatItWouldSendAndMeasuresTheAgentsAgreement() {
        Autopilots.on("SHADOW", QUESTION, Map.of());
        var before = shadow();

        long same = shadowDecided(Posts.post(Posts.newId(), QUESTION));
        given().contentType("application/json").body(Map.of()).post("/api/drafts/{id}/approve", same)
                .then().statusCode(200);
        long different = shadowDecided(Posts.post(Posts.newId(), Posts.newId(), QUESTION, "4100000000000000555",
                "other_flyer", 80));
        given().contentType("application/json").body(Map.of("text", "Hi, messaging is free on board; see you soon."))
                .post("/api/drafts/{id}/approve", different).then().statusCode(200);

        var after = shadow();
        assertEquals(before.getLong("wouldSend") + 2, after.getLong("wouldSend"));
        assertEquals(before.getLong("answeredByAgents") + 2, after.getLong("answeredByAgents"));
        assertEquals(before.getLong("agreement.SAME") + 1, after.getLong("agreement.SAME"));
        assertEquals(before.getLong("agreement.DIFFERENT") + 1, after.getLong("agreement.DIFFERENT"));
        assertTrue(after.getDouble("wouldSendRate") > 0);

        Autopilots.supervisor().get("/autopilot").then().statusCode(200)
                .body(containsString("Autopilot: shadow")).body(containsString("would have sent"))
                .body(not(containsString("Change the policy")));
        Api.as("admin", "admin-pass").get("/autopilot").then().statusCode(200)
                .body(containsString("Change the policy"));
        given().get("/autopilot").then().statusCode(403);
    }

    /** Sends a post and returns its draft id once shadow mode has said it would send it; the draft stays for an agent. */
    private static long shadowDecided(Map<String, Object> post) {
        long caseId = Posts.send(post);
        Map<String, Object> decision = Autopilots.awaitDecision(caseId, 1);
        assertEquals("WOULD_SEND", decision.get("outcome"), decision.toString());
        given().get("/api/drafts/{id}", decision.get("draftId")).then().body("status", is("PENDING"));
        given().get("/api/cases/{id}", caseId).then().body("replies", hasSize(0))
                .body("audit.find { it.action == 'WOULD_AUTO_SEND' }.actor", is("autopilot"));
        return ((Number) decision.get("draftId")).longValue();
    }

    private static io.restassured.path.json.JsonPath shadow() {
        return Autopilots.supervisor().get("/api/autopilot/shadow").then().statusCode(200).extract().jsonPath();
    }

    private static void assertHeld(Map<String, Object> post, String reason) {
        long caseId = Posts.send(post);
        Map<String, Object> decision = Autopilots.awaitDecision(caseId, 1);
        assertEquals("HELD", decision.get("outcome"), decision.toString());
        assertTrue(decision.get("rule").toString().contains(reason), decision.toString());
        given().get("/api/drafts/{id}", decision.get("draftId")).then().body("status", is("PENDING"));
        assertEquals(0L, replies(caseId));
    }

    static long replies(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.count("supportCase.id", caseId));
    }
}
