package com.firstline.review;

import com.firstline.publish.Reply;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.firstline.support.Api;
import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Agents' decisions: reject, escalate, stale versions, over-long edits and two agents at once. */
@QuarkusTest
class ReviewDecisionsTest {

    @Test
    void rejectingNeedsAReasonAndARejectedDraftCannotBeApproved() {
        long draftId = newDraft("@LumenAir how many Lumen Miles do I need for Silver?");
        given().contentType("application/json").body(Map.of()).post("/api/drafts/{id}/reject", draftId)
                .then().statusCode(400).body("detail", containsString("reason"));
        Api.as("kim", "kim-pass").contentType("application/json")
                .body(Map.of("reason", "answered by phone already"))
                .post("/api/drafts/{id}/reject", draftId)
                .then().statusCode(200).body("status", is("REJECTED")).body("statusReason", is("answered by phone already"));
        given().contentType("application/json").body(Map.of()).post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(409).body("detail", containsString("REJECTED by kim"));
        assertEquals(0L, replies(draftId));
    }

    @Test
    void anEscalatedDraftLeavesThePendingQueueAndOnlyASupervisorDecidesIt() {
        long draftId = newDraft("@LumenAir my lawyer will hear about the way your crew treated my father");
        given().contentType("application/json").body(Map.of("reason", "legal threat"))
                .post("/api/drafts/{id}/escalate", draftId)
                .then().statusCode(200).body("status", is("ESCALATED"));
        given().get("/api/drafts?status=PENDING&limit=1000").then().body("id", not(hasItem((int) draftId)));
        given().get("/api/drafts?status=ESCALATED&limit=1000").then().body("id", hasItem((int) draftId));
        given().contentType("application/json").body(Map.of())
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(403)
                .body("detail", containsString("a supervisor decides it"));
        Api.as("sue", "sue-pass").contentType("application/json")
                .body(Map.of("text", "We're sorry about how your father was treated. Please DM us the flight and date so we can look into it."))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200).body("decidedBy", is("sue"));
    }

    @Test
    void anEscalationCarriesAHandoverNoteThatASupervisorSeesCountedAndTakesOver() {
        long draftId = newDraft("@LumenAir the crew on LU 310 were rude to my mother and nobody apologised");
        long caseId = ((Number) Queue.draft(draftId).get("caseId")).longValue();
        given().contentType("application/json").body(Map.of())
                .post("/api/drafts/{id}/escalate", draftId).then().statusCode(400).body("detail", containsString("handover note"));
        long escalatedBefore = Api.as("sue", "sue-pass").get("/api/attention").then().extract().jsonPath().getLong("escalated");

        given().contentType("application/json").body(Map.of("reason", "Accessibility complaint; the gate log shows LU 310, 3 Dec"))
                .post("/api/drafts/{id}/escalate", draftId).then().statusCode(200);

        Api.as("sue", "sue-pass").get("/api/attention").then().statusCode(200)
                .body("escalated", is((int) escalatedBefore + 1)).body("member", is("sue"));
        given().get("/api/attention").then().statusCode(200).body("escalated", nullValue());
        given().get("/api/cases/{id}", caseId).then()
                .body("notes[0].text", containsString("the gate log shows LU 310")).body("notes[0].author", is("dana"));

        Api.as("sue", "sue-pass").contentType("application/json").body(Map.of("agent", "sue"))
                .post("/api/cases/{id}/assign", caseId).then().statusCode(200).body("assignedTo", is("sue"));
        Api.as("sue", "sue-pass").get("/api/attention").then().body("assignedToYou", greaterThanOrEqualTo(1));
        Api.as("sue", "sue-pass").get("/?claimedBy=sue").then().statusCode(200).body(containsString("assigned to sue"));
        given().post("/api/cases/{id}/claim", caseId).then().statusCode(409).body("detail", containsString("assigned to sue"));
        given().delete("/api/cases/{id}/assignment", caseId).then().statusCode(403);
        Api.as("sue", "sue-pass").delete("/api/cases/{id}/assignment", caseId).then().statusCode(204);
        given().post("/api/cases/{id}/claim", caseId).then().statusCode(200);
        given().get("/api/cases/{id}", caseId).then().body("audit.action", hasItems("ESCALATED", "ASSIGNED", "HANDED_BACK"));
    }

    @Test
    void anAssignmentOutlastsTheClaimUntilItIsHandedBack() {
        long draftId = newDraft("@LumenAir still waiting on my refund for LU 118, three weeks now");
        long caseId = ((Number) Queue.draft(draftId).get("caseId")).longValue();
        given().contentType("application/json").body(Map.of("agent", "kim"))
                .post("/api/cases/{id}/assign", caseId).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> com.firstline.cases.Case.update(
                "claimedBy = 'dana', claimedAt = ?1 where id = ?2", java.time.Instant.now().minus(Duration.ofDays(1)), caseId));

        given().contentType("application/json").body(Map.of())
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(409).body("detail", containsString("assigned to kim"));
        Api.as("kim", "kim-pass").get("/api/attention").then().body("assignedToYou", greaterThanOrEqualTo(1));
        Api.as("kim", "kim-pass").delete("/api/cases/{id}/assignment", caseId).then().statusCode(204);
        given().contentType("application/json").body(Map.of("text", "Hi Casey, sorry for the wait: DM us the booking and we'll chase it."))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200);
    }

    @Test
    void approvingWithAStaleVersionIsAConflict() {
        long draftId = newDraft("@LumenAir can I pay for an extra bag at the airport?");
        given().contentType("application/json").body(Map.of("version", 7))
                .post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(409).body("detail", containsString("changed since you opened it"));
        assertEquals(0L, replies(draftId));
    }

    @Test
    void anEditThatDoesNotFitOnePostIsRefused() {
        long draftId = newDraft("@LumenAir what time does the lounge in Terminal 2 open?");
        given().contentType("application/json").body(Map.of("text", "Lounge hours: " + "very ".repeat(60)))
                .post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(422).body("detail", containsString("Too long for one post"));
        given().get("/api/drafts/{id}", draftId).then().body("status", is("PENDING"));
    }

    @Test
    void anEditIsCheckedLikeADraftAndItsProblemsShownAsWarnings() {
        long draftId = newDraft("@LumenAir my bag did not arrive in Lisbon on LU 215");
        String publicAsk = "Sorry! Please reply here with your booking reference and email.";
        given().contentType("application/json").body(Map.of("text", publicAsk))
                .post("/api/drafts/{id}/check", draftId)
                .then().statusCode(200).body("warnings", hasItem(containsString("private details in public")));
        given().contentType("application/json").body(Map.of("text", publicAsk))
                .post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(200).body("flagged", is(true))
                .body("warnings", hasItem(containsString("private details in public")));
    }

    @Test
    void twoAgentsApprovingTheSameDraftAtOnceGetOneReplyAndOneConflict() throws Exception {
        long draftId = newDraft("@LumenAir is the LumenScreen film list the same on short flights?");
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> approvals = List.of("ana", "ben").stream()
                .map(agent -> CompletableFuture.supplyAsync(() -> {
                    meet(together);
                    Response response = Api.as(agent, agent + "-pass").contentType("application/json")
                            .body(Map.of("text", "Hi Casey, the LumenScreen line-up is the same on every flight."))
                            .post("/api/drafts/{id}/approve", draftId);
                    return response.statusCode();
                })).toList();
        List<Integer> statuses = approvals.stream().map(CompletableFuture::join).sorted().toList();

        assertEquals(List.of(200, 409), statuses);
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Reply.count("draft.id = ?1 and platformPostId is not null", draftId)) == 1L);
        assertEquals(1L, replies(draftId));
    }

    @Test
    void anUnknownDraftIsNotFound() {
        given().contentType("application/json").body(Map.of()).post("/api/drafts/987654321/approve")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static long newDraft(String text) {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, text));
        return ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
    }

    private static long replies(long draftId) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.count("draft.id", draftId));
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
