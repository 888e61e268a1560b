package com.firstline.pipeline;

import com.firstline.publish.Reply;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import com.firstline.support.Api;
import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole path on embedded defaults: mention → triage → draft → approve → reply, exactly once. */
@QuarkusTest
class MentionToReplyTest {

    @Test
    void aMentionBecomesATriagedDraftAndApprovingItPostsOneReply() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId,
                "@LumenAir my suitcase never showed up at the belt in Lisbon after LU 215, what do I do now?"));

        Map<String, Object> draft = Queue.awaitDraftFor(postId);
        assertEquals("BAGGAGE", draft.get("intent"));
        assertEquals(((Number) draft.get("caseId")).longValue(), caseId);
        String text = (String) draft.get("text");
        assertTrue(text.contains("Casey"), "uses the customer's name: " + text);
        assertTrue(((java.util.List<?>) draft.get("sources")).stream().anyMatch(s -> s.toString().startsWith("baggage.md#")),
                "cites the baggage article: " + draft.get("sources"));
        long draftId = ((Number) draft.get("id")).longValue();

        given().contentType("application/json").body(Map.of())
                .post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(200).body("status", is("APPROVED"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/cases/{id}", caseId).then().statusCode(200)
                        .body("replies", hasSize(1))
                        .body("replies[0].status", is("SENT"))
                        .body("replies[0].inReplyToId", is(postId))
                        .body("replies[0].platform", is("local"))
                        .body("replies[0].text", is(text))
                        .body("status", is("WAITING"))
                        .body("turns[0].respondedAt", notNullValue())
                        .body("audit.action", hasItems("APPROVED", "REPLY_SENT"))
                        .body("audit.find { it.action == 'APPROVED' }.actor", is("dana")));

        given().contentType("application/json").body(Map.of())
                .post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already APPROVED"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Reply.count("draft.id", draftId)));
    }

    @Test
    void anEditedApprovalPostsTheAgentsTextAndAuditsBeforeAndAfter() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir is there free wifi on the flight to Oslo?"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();

        String edited = "Hi Casey, yes: messaging on LumenLink is free on every flight.";
        Api.as("sam", "sam-pass").contentType("application/json").body(Map.of("text", edited))
                .post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(200).body("text", is(edited));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/cases/{id}", caseId).then()
                        .body("replies[0].text", is(edited))
                        .body("replies[0].status", is("SENT"))
                        .body("audit.find { it.action == 'APPROVED_EDITED' }.detail", containsString("after: " + edited))
                        .body("audit.find { it.action == 'APPROVED_EDITED' }.actor", is("sam")));
    }

    @Test
    void aFollowUpInTheSameConversationJoinsTheCaseAndSupersedesTheOpenDraft() {
        String first = Posts.newId();
        long caseId = Posts.send(Posts.post(first, "@LumenAir LU 482 to Rome is delayed again, any news?"));
        Map<String, Object> firstDraft = Queue.awaitDraftFor(first);

        String followUp = Posts.newId();
        Map<String, Object> reply = new java.util.HashMap<>(Posts.post(followUp, first,
                "@LumenAir still nothing, 2 hours now and the gate is empty", "4100000000000000001", "casey_flyer", 250));
        reply.put("referenced_tweets", java.util.List.of(Map.of("type", "replied_to", "id", first)));
        assertEquals(caseId, Posts.send(reply));

        Map<String, Object> secondDraft = Queue.awaitDraftFor(followUp);
        assertTrue(((java.util.List<?>) secondDraft.get("priorityReasons")).contains("repeated contact"),
                "an unanswered second post counts as repeated contact: " + secondDraft.get("priorityReasons"));
        given().get("/api/drafts/{id}", firstDraft.get("id")).then().body("status", is("SUPERSEDED"));
        given().get("/api/cases/{id}", caseId).then().body("posts", hasSize(2))
                .body("posts[1].inReplyToId", is(first));
    }
}
