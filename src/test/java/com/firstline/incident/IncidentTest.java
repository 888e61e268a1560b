package com.firstline.incident;

import com.firstline.support.Autopilots;
import com.firstline.support.Posts;
import com.firstline.x.FakeXApi;
import com.firstline.x.XChannelProfile;
import com.firstline.publish.Reply;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * An injected outage: a burst of posts about the app crashing at check-in opens one incident; the
 * supervisor approves its replies once, and every affected customer gets the holding reply on
 * the fake X API exactly once, then the follow-up once when it is resolved.
 */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class IncidentTest {

    static final List<String> BURST = List.of(
            "@LumenAir your app keeps crashing when I try to check in",
            "@LumenAir the app crashes every time I open online check-in",
            "@LumenAir can't check in, the app just crashes",
            "@LumenAir online check-in is broken, the app closes as soon as I tap check in",
            "@LumenAir is the app down? check-in crashes for me",
            "@LumenAir the Lumen Air app crashes when I try to check in for tomorrow",
            "@LumenAir check-in in the app keeps crashing, what is going on",
            "@LumenAir app crashed three times trying to check in",
            "@LumenAir your check-in app is crashing",
            "@LumenAir anyone else's app crashing on check-in?",
            "@LumenAir app crash during online check in, please fix",
            "@LumenAir the app crashes on the check-in screen");
    static final String HOLDING = "Hi @{handle}, sorry: check-in in our app is failing right now. We know and are "
            + "fixing it, and will update you here.";

    FakeXApi fake;

    @Inject
    HoldingReplies holdingReplies;

    @BeforeEach
    void fresh() {
        fake.reset();
    }

    @AfterEach
    void autopilotOff() {
        Autopilots.reset();
    }

    @Test
    void aSpikeOpensOneIncidentWhoseApprovedRepliesReachEveryAffectedCaseOnce() {
        int before = incidents(null).size();
        List<Long> cases = new ArrayList<>();
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < BURST.size(); i++) {
            String postId = Posts.newId();
            posts.add(postId);
            cases.add(Posts.send(Posts.post(postId, postId, BURST.get(i), "42000000000000000" + (10 + i),
                    "crash_user_" + i, 120)));
        }

        JsonPath incident = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> openIncident(), i -> i != null && i.getList("cases.caseId", Long.class).containsAll(cases));
        long id = incident.getLong("id");
        assertEquals(before + 1, incidents(null).size(), "one incident, not many: " + incident.getString("title"));
        assertFalse(incident.getString("broadcastText").isBlank());
        assertFalse(incident.getList("sources").isEmpty(), "grounded in the knowledge base");
        assertTrue(incident.getString("holdingText").contains("{handle}"));
        Autopilots.supervisor().get("/").then().body(containsString("Incident " + id + " open"));
        given().contentType("application/json").body(Map.of()).post("/api/incidents/{id}/approve", id)
                .then().statusCode(403);
        Autopilots.supervisor().contentType("application/json").body(Map.of("title", "T".repeat(201)))
                .put("/api/incidents/{id}", id).then().statusCode(400);
        Autopilots.supervisor().contentType("application/json").body(Map.of("broadcastText", "Known issue. ".repeat(50)))
                .put("/api/incidents/{id}", id).then().statusCode(422).body("detail", containsString("one post"));
        Autopilots.supervisor().contentType("application/json").body(Map.of("title", "Check-in systems down",
                "notes", "Airport IT is on it")).put("/api/incidents/{id}", id).then().statusCode(200);

        Autopilots.supervisor().contentType("application/json").body(Map.of("holdingText", HOLDING))
                .post("/api/incidents/{id}/approve", id).then().statusCode(200);
        Autopilots.supervisor().contentType("application/json").body(Map.of())
                .post("/api/incidents/{id}/approve", id).then().statusCode(409);
        Autopilots.supervisor().queryParam("action", "INCIDENT_EDITED").get("/api/audit").then().body("detail",
                hasItem(allOf(startsWith("incident " + id + "\n"), containsString("title: " + incident.getString("title")
                        + " → Check-in systems down"), containsString(" → Airport IT is on it"))));
        Autopilots.supervisor().queryParam("action", "INCIDENT_APPROVED").get("/api/audit").then().body("detail",
                hasItem(allOf(startsWith("incident " + id + "\n"), containsString("holding reply: "),
                        containsString(" → " + HOLDING))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(cases.size(), sentReplies(posts)));
        assertEveryCaseGotOnce(posts, "crash_user_");
        assertEquals(1, fake.createdPosts().stream().filter(p -> p.inReplyToId() == null).count(), "one broadcast");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(incident(id).getString("broadcastStatus")));

        // A new post about the same outage joins the incident and gets the approved reply through the autopilot.
        Autopilots.on("LIVE", BURST.get(0), Map.of());
        String latePost = Posts.newId();
        long lateCase = Posts.send(Posts.post(latePost, latePost, "@LumenAir check-in on the app crashes for me too",
                "4200000000000000099", "late_flyer", 90));
        posts.add(latePost);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/cases/{id}", lateCase).then()
                .body("replies", hasSize(1)).body("replies[0].status", is("SENT"))
                .body("replies[0].text", containsString("@late_flyer"))
                .body("audit.find { it.action == 'AUTO_SENT' }.detail", containsString("incident " + id)));

        // Ticks that come later queue nothing again (the fan-out's ticks, run here at once rather than waited for).
        cases.add(lateCase);
        long queuedSoFar = repliesTo(cases);
        for (int i = 0; i < 3; i++) {
            holdingReplies.tick();
        }
        assertEquals(queuedSoFar, repliesTo(cases));

        Autopilots.supervisor().contentType("application/json").body(Map.of("followUpText",
                        "Hi @{handle}, check-in in our app works again. Sorry for the trouble, and thank you for your patience."))
                .post("/api/incidents/{id}/resolve", id).then().statusCode(200).body("status", is("RESOLVED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertEquals(2L * posts.size(), sentReplies(posts)));
        for (String post : posts) {
            assertEquals(2, fake.createdPosts().stream().filter(p -> post.equals(p.inReplyToId())).count(), post);
        }
        // Posts of other tests with the same intent may have joined too: each customer told gets the follow-up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath resolved = incident(id);
            assertEquals(resolved.getLong("holdingSent"), resolved.getLong("followUpsSent"));
        });
    }

    private void assertEveryCaseGotOnce(List<String> posts, String handlePrefix) {
        for (int i = 0; i < posts.size(); i++) {
            String post = posts.get(i);
            var replies = fake.createdPosts().stream().filter(p -> post.equals(p.inReplyToId())).toList();
            assertEquals(1, replies.size(), "one holding reply in the thread of " + post);
            assertTrue(replies.get(0).text().startsWith("Hi @" + handlePrefix + i + ", sorry"), replies.get(0).text());
        }
    }

    private static long repliesTo(List<Long> cases) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.count("supportCase.id in ?1", cases));
    }

    private long sentReplies(List<String> posts) {
        return fake.createdPosts().stream().filter(p -> posts.contains(p.inReplyToId())).count();
    }

    private static JsonPath openIncident() {
        List<Map<String, Object>> open = incidents("OPEN");
        return open.isEmpty() ? null : incident(((Number) open.get(0).get("id")).longValue());
    }

    private static JsonPath incident(long id) {
        return Autopilots.supervisor().get("/api/incidents/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> incidents(String status) {
        var request = Autopilots.supervisor();
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.get("/api/incidents").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
