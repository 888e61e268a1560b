package com.firstline.ingest;

import com.firstline.cases.Case;
import com.firstline.support.Posts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** HTTP intake: idempotent by post id, and every bad input gets a clear 4xx with nothing half-written. */
@QuarkusTest
class MentionIntakeTest {

    @Test
    void postingTheSamePostTwiceCreatesNothingNew() {
        String id = Posts.newId();
        Map<String, Object> post = Posts.post(id, "@LumenAir can I bring a guitar as cabin baggage?");
        long caseId = Posts.send(post);
        long mentionsBefore = mentionCount();

        given().contentType("application/json").body(post).post("/api/mentions")
                .then().statusCode(200).body("caseId", is((int) caseId)).body("created", is(false));
        assertEquals(mentionsBefore, mentionCount());
    }

    @Test
    void aPostIdReusedWithDifferentTextIsAConflict() {
        String id = Posts.newId();
        Posts.send(Posts.post(id, "@LumenAir when does check-in open for LU 90?"));
        given().contentType("application/json").body(Posts.post(id, "@LumenAir something else entirely"))
                .post("/api/mentions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("different text"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType("application/json").body("{\"id\": \"1\", \"text\": ")
                .post("/api/mentions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", is("Bad Request")).body("detail", containsString("Malformed JSON"));
    }

    @Test
    void missingFieldsAreNamed() {
        Map<String, Object> post = new HashMap<>(Posts.post(Posts.newId(), "hello"));
        post.remove("author");
        post.put("id", "not-a-number");
        long before = mentionCount();
        given().contentType("application/json").body(post).post("/api/mentions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasItems(startsWith("author:"), startsWith("id:")));
        given().contentType("application/json").body("{}").post("/api/mentions")
                .then().statusCode(400).body("errors", hasItems(startsWith("text:"), startsWith("author:")));
        assertEquals(before, mentionCount());
    }

    /** Each of these was taken in before and failed later: a 500 from the database, or a reply retried forever. */
    @Test
    void fieldsBeyondTheirBoundsAreRefusedAndNothingIsStored() {
        long before = mentionCount();
        Map<String, Map<String, Object>> refused = Map.of(
                "id:", with(Posts.post(Posts.newId(), "hello"), "id", "99999999999999999999"),
                "author.name:", with(Posts.post(Posts.newId(), "hello"), "author", Map.of("id", "4100000000000000001",
                        "username", "casey_flyer", "name", "N".repeat(200), "followers_count", 1, "verified", false)),
                "lang:", with(Posts.post(Posts.newId(), "hello"), "lang", "x".repeat(20)),
                "createdAtPlausible:", with(Posts.post(Posts.newId(), "hello"), "created_at", "9999-01-01T00:00:00.000Z"),
                "referencedTweets[0].id:", with(Posts.post(Posts.newId(), "hello"), "referenced_tweets",
                        List.of(Map.of("type", "replied_to", "id", "not-a-post-id-at-all"))));
        refused.forEach((field, post) -> given().contentType("application/json").body(post).post("/api/mentions")
                .then().statusCode(400).body("errors", hasItem(startsWith(field))));
        assertEquals(before, mentionCount());
    }

    private static Map<String, Object> with(Map<String, Object> post, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(post);
        changed.put(field, value);
        return changed;
    }

    @Test
    void tenKilobytesOfTextIsRefusedAndNothingIsStored() {
        long mentions = mentionCount();
        long cases = caseCount();
        given().contentType("application/json").body(Posts.post(Posts.newId(), "@LumenAir " + "x".repeat(10_240)))
                .post("/api/mentions")
                .then().statusCode(400).body("detail", containsString("at most 4000"));
        assertEquals(mentions, mentionCount());
        assertEquals(cases, caseCount());
    }

    @Test
    void oddUnicodeIsKeptWhileControlCharactersAndBrokenSurrogatesAreDropped() {
        String id = Posts.newId();
        String text = "@LumenAir ✈️ vuelo LU 77 cancelado 😡 — שלום \u0000\u0007 e\u0301 \uD800end";
        Posts.send(Posts.post(id, text));
        String stored = QuarkusTransaction.requiringNew().call(() -> Mention.findByPost("x", id).orElseThrow().text);
        assertEquals("@LumenAir ✈️ vuelo LU 77 cancelado 😡 — שלום  é end", stored);
    }

    @Test
    void emptyOrInvisibleTextIsRefused() {
        given().contentType("application/json").body(Posts.post(Posts.newId(), " \u0000 \u200B"))
                .post("/api/mentions")
                .then().statusCode(400).body("detail", containsString("visible"));
    }

    private static long caseCount() {
        return QuarkusTransaction.requiringNew().call(() -> Case.count());
    }

    private static long mentionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Mention.count());
    }
}
