package com.firstline.ingest;

import com.firstline.cases.Case;
import com.firstline.support.Posts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
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
