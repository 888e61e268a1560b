package com.firstline.review;

import com.firstline.publish.Reply;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.as;
import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case's life: open → waiting on the customer → resolved, each customer turn on its own SLA
 * clock, and replies agents write themselves (with or without a draft, and follow-ups), posted
 * once under the customer's latest post.
 */
@QuarkusTest
class CaseLifeTest {

    private static final String AUTHOR = "4100000000000000777";

    /** A post from the same customer in the same conversation, written now. */
    private static Map<String, Object> post(String id, String conversation, String text) {
        Map<String, Object> post = new HashMap<>(Posts.post(id, conversation, text, AUTHOR, "morgan_travels", 120));
        post.put("created_at", Instant.now().toString());
        return post;
    }

    private static long draftId(String postId) {
        return ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
    }

    private static void awaitReplies(long caseId, int sent) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/cases/{id}", caseId).then()
                .body("replies.findAll { it.status == 'SENT' }", hasSize(sent)));
    }

    @Test
    void eachCustomerTurnRunsItsOwnClockAndAnsweringWaitsOnTheCustomer() {
        String first = Posts.newId();
        long caseId = Posts.send(post(first, first, "@LumenAir can I change the name on my booking?"));
        given().get("/api/cases/{id}", caseId).then()
                .body("status", is("OPEN")).body("turns", hasSize(1)).body("responseDueAt", notNullValue());

        given().contentType("application/json").body(Map.of("text", "Hi Morgan, yes: one name change is free up to 24 h before the flight."))
                .post("/api/drafts/{id}/approve", draftId(first)).then().statusCode(200);
        awaitReplies(caseId, 1);
        given().get("/api/cases/{id}", caseId).then()
                .body("status", is("WAITING")).body("responseDueAt", nullValue())
                .body("turns[0].respondedAt", notNullValue());
        assertTrue(given().get("/cases/{id}", caseId).then().extract().asString().contains("waiting on the customer"));

        String second = Posts.newId();
        Instant secondAt = Instant.now();
        Posts.send(post(second, first, "@LumenAir thanks! and can I add a bag too?"));
        var turns = given().get("/api/cases/{id}", caseId).then()
                .body("status", is("OPEN")).body("turns", hasSize(2))
                .extract().jsonPath();
        Instant started = Instant.parse(turns.getString("turns[1].startedAt"));
        Instant due = Instant.parse(turns.getString("turns[1].dueAt"));
        assertEquals(Duration.ofMinutes(30), Duration.between(started, due), "firstline.sla.next-response");
        assertTrue(Duration.between(secondAt, started).abs().getSeconds() < 5);
        assertEquals(due, Instant.parse(turns.getString("responseDueAt")), "the queue sorts by the open turn's deadline");
        given().get("/api/drafts/{id}", draftId(second)).then().body("responseDueAt", notNullValue());

        String third = Posts.newId();
        Posts.send(post(third, first, "@LumenAir a 23 kg one"));
        given().get("/api/cases/{id}", caseId).then().body("turns", hasSize(2)); // still the same turn: not answered yet
    }

    @Test
    void anAgentWritesAReplyAfterRejectingTheDraftAndThenAFollowUpEachPostedOnce() {
        String postId = Posts.newId();
        long caseId = Posts.send(post(postId, postId, "@LumenAir my bag did not come off the belt in Porto"));
        given().contentType("application/json").body(Map.of("reason", "wrong macro"))
                .post("/api/drafts/{id}/reject", draftId(postId)).then().statusCode(200);

        String written = "Hi Morgan, sorry! Please file a report at the Porto baggage desk; we trace it from there.";
        given().contentType("application/json").body(Map.of("text", written))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(200)
                .body("inReplyToId", is(postId)).body("replyId", notNullValue());
        given().contentType("application/json").body(Map.of("text", written))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(409); // a double click posts nothing more
        awaitReplies(caseId, 1);

        String followUp = "Morgan, good news: your bag was found and arrives at your address by 6pm.";
        given().contentType("application/json").body(Map.of("text", followUp))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(200).body("inReplyToId", is(postId));
        awaitReplies(caseId, 2);

        given().get("/api/cases/{id}", caseId).then()
                .body("replies.text", contains(written, followUp))
                .body("replies.inReplyToId", everyItem(is(postId)))
                .body("audit.action", hasItems("REJECTED", "REPLY_WRITTEN", "FOLLOW_UP_WRITTEN"))
                .body("audit.find { it.action == 'FOLLOW_UP_WRITTEN' }.actor", is("dana"));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Reply.count("supportCase.id", caseId)));
    }

    @Test
    void aReplyWrittenWhileADraftWaitsSettlesTheDraftWithTheAgentsWords() {
        String postId = Posts.newId();
        long caseId = Posts.send(post(postId, postId, "@LumenAir do you fly to Funchal on Sundays?"));
        long draftId = draftId(postId);

        String written = "Hi Morgan, yes: Lisbon to Funchal flies every Sunday at 09:40.";
        given().contentType("application/json").body(Map.of("text", written))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(200);

        given().get("/api/drafts/{id}", draftId).then().body("status", is("APPROVED")).body("text", is(written));
        awaitReplies(caseId, 1);
        assertEquals(List.of(written), given().get("/api/cases/{id}", caseId).then().extract().jsonPath()
                .getList("replies.text", String.class));
    }

    @Test
    void aWrittenReplyKeepsTheRulesOfAnyReply() {
        String postId = Posts.newId();
        long caseId = Posts.send(post(postId, postId, "@LumenAir is check-in open for LU 101?"));
        draftId(postId);
        given().contentType("application/json").body(Map.of("text", "x".repeat(290)))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(422).body("detail", containsString("Too long"));
        given().contentType("application/json").body(Map.of("text", "\u200b\u200b"))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(422);
        as("sue", "sue-pass").contentType("application/json").body(Map.of())
                .post("/api/cases/{id}/claim", caseId).then().statusCode(200);
        given().contentType("application/json").body(Map.of("text", "Hi Morgan, check-in is open."))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(409).body("detail", containsString("claimed by sue"));
        as("sue", "sue-pass").delete("/api/cases/{id}/claim", caseId).then().statusCode(204);

        given().contentType("application/json").body(Map.of("reason", "NO_REPLY_NEEDED"))
                .post("/api/cases/{id}/resolve", caseId).then().statusCode(200);
        given().contentType("application/json").body(Map.of("text", "Hi Morgan, check-in is open."))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(409).body("detail", containsString("resolved"));
        given().get("/api/cases/{id}", caseId).then()
                .body("turns[0].waived", is(true)).body("responseDueAt", nullValue()).body("replies", empty());
    }

    @Test
    void theCaseShowsTheCustomersOtherCasesAndOurRepliesInThem() {
        String earlier = Posts.newId();
        long earlierCase = Posts.send(post(earlier, earlier, "@LumenAir is there a lounge in Ponta Delgada?"));
        String answer = "Hi Morgan, yes: the lounge by gate 4 opens at 05:30. Ref " + earlier;
        given().contentType("application/json").body(Map.of("text", answer))
                .post("/api/drafts/{id}/approve", draftId(earlier)).then().statusCode(200);
        awaitReplies(earlierCase, 1);

        String later = Posts.newId();
        long laterCase = Posts.send(post(later, later, "@LumenAir different question: pets in the cabin?"));

        given().get("/api/cases/{id}", laterCase).then()
                .body("otherCases.find { it.id == " + earlierCase + " }.firstPost", containsString("Ponta Delgada"))
                .body("otherCases.find { it.id == " + earlierCase + " }.ourReplies", contains(answer))
                .body("otherCases.id", not(hasItem((int) laterCase)));
        assertTrue(given().get("/cases/{id}", laterCase).then().extract().asString().contains("/cases/" + earlierCase));
    }
}
