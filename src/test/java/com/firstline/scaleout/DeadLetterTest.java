package com.firstline.scaleout;

import com.firstline.support.Api;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record no stage can read goes to its dead-letter topic, the stream goes on, and an admin can replay it. */
@QuarkusTest
@TestProfile(ScaleoutProfile.class)
@Tag("scaleout")
class DeadLetterTest {

    private static final String POISON = "not-an-id";

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConversationGoesOn() {
        String conversation = Posts.newId();
        Topics.send("mentions", conversation, POISON.getBytes(StandardCharsets.UTF_8));
        // The next post of the same conversation lands on the same partition, behind the poison record.
        Posts.send(Posts.post(conversation, "@LumenAir my bag is lost after LU 215 to Lisbon"));
        Queue.awaitDraftFor(conversation);

        Map<String, Object> letter = awaitLetters(conversation, 1).get(0);
        assertEquals("mentions-dlq", letter.get("topic"));
        assertEquals("mentions", letter.get("sourceTopic"));
        assertEquals(POISON, letter.get("text"));
        assertTrue(String.valueOf(letter.get("headers")).contains("dead-letter-reason=Size of data received by LongDeserializer"),
                "the reason is kept: " + letter);

        Api.given().get("/api/admin/dead-letters").then().statusCode(403);

        admin().post("/api/admin/dead-letters/{topic}/{partition}/{offset}/replay", letter.get("topic"),
                        letter.get("partition"), letter.get("offset"))
                .then().statusCode(200).body("topic", is("mentions")).body("key", is(conversation));
        assertTrue(Topics.all("mentions").stream().anyMatch(r -> conversation.equals(r.key())
                        && r.headers().lastHeader("firstline-replayed-from") != null),
                "the replayed copy is on the source topic, marked");
        // Still not an id: refused again, and dead-lettered again.
        awaitLetters(conversation, 2);
    }

    @Test
    void aRecordWithoutAValueIsRefusedByTheStageAndDeadLettered() {
        String conversation = Posts.newId();
        Topics.send("mentions", conversation, null);
        Map<String, Object> letter = awaitLetters(conversation, 1).get(0);
        assertTrue(String.valueOf(letter.get("headers")).contains("that is not an id"), "refused by triage: " + letter);
    }

    @Test
    void replayingSomethingThatIsNotADeadLetterIsRefused() {
        admin().post("/api/admin/dead-letters/{topic}/0/0/replay", "mentions")
                .then().statusCode(404).body("detail", containsString("No dead-letter topic"));
        admin().post("/api/admin/dead-letters/{topic}/0/999999/replay", "mentions-dlq")
                .then().statusCode(404);
    }

    private static List<Map<String, Object>> awaitLetters(String key, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(
                () -> admin().get("/api/admin/dead-letters").then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("findAll { it.key == '" + key + "' }"),
                letters -> letters.size() == count);
    }

    private static RequestSpecification admin() {
        return Api.as("admin", ScaleoutProfile.ADMIN_PASSWORD);
    }
}
