package com.firstline.x;

import com.firstline.publish.ApprovedReplies;
import com.firstline.publish.PublishWorker;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import com.firstline.support.Api;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Approved replies posted on X through Twitter4J against {@link FakeXApi}: in the customer's
 * thread, once, whatever X answers. The stalled-reply sweep runs every second here; where a
 * test calls {@link PublishWorker#onApproved} itself, it offers the reply as the sweep would.
 */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class XPublishTest {

    FakeXApi fake;

    @Inject
    PublishWorker worker;

    @Inject
    ApprovedReplies approvedReplies;

    @Inject
    XClient client;

    @BeforeEach
    void freshFake() {
        fake.reset();
    }

    @Test
    void anApprovedDraftIsPostedOnceInTheCustomersThread() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir my bag did not arrive in Lisbon on LU 215"));
        long draftId = approve(postId, "Hi Casey, sorry about your bag. Ref " + postId);

        Reply reply = awaitReply(draftId, ReplyStatus.SENT);

        var created = fake.createdPosts();
        assertEquals(1, created.size());
        assertEquals(postId, created.get(0).inReplyToId(), "posted in the customer's thread");
        assertEquals(created.get(0).id(), reply.platformPostId);
        assertEquals("x", reply.platform);
        given().get("/api/cases/{id}", caseId).then().body("replies[0].platformPostId", is(created.get(0).id()));
    }

    @Test
    void aSendThatTimesOutAfterXCreatedThePostIsFoundNotSentAgain() {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir can I bring my guitar on board to Oslo?"));
        Unconfirmed timedOut = approveWhileXAnswersTooLate(postId, "Hi Casey, yes, a guitar fits as cabin bag.");
        long draftId = timedOut.draftId();
        Reply unconfirmed = timedOut.reply();
        assertTrue(unconfirmed.failureReason.contains("timed out"), unconfirmed.failureReason);
        assertEquals(1, fake.createdPosts().size(), "X did create the post");

        // The stalled-reply sweep (every second in the test profile) offers it again once due.
        Reply sent = awaitReply(draftId, ReplyStatus.SENT);
        assertEquals(fake.createdPosts().get(0).id(), sent.platformPostId);
        assertNull(sent.failureReason, "no stale failure shown on a sent reply");
        assertEquals(1, fake.postRequests(), "never posted a second time");
        assertEquals(postId, fake.ownPostRequests().get(0).queryParameter("since_id").firstValue());
        worker.onApproved(unconfirmed.id);
        assertEquals(1, fake.postRequests());
    }

    @Test
    void aResendRefusedAsDuplicateAfterAnUnknownSendIsTheEarlierPostFound() {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir is there wifi on the Lisbon to Oslo flight?"));
        long draftId = approveWhileXAnswersTooLate(postId, "Hi Casey, yes: LumenLink wifi is on board.").draftId();
        fake.lagOwnPosts(1); // the first look finds nothing yet, so the worker sends again

        Reply sent = awaitReply(draftId, ReplyStatus.SENT);

        assertEquals(1, fake.createdPosts().size());
        assertEquals(fake.createdPosts().get(0).id(), sent.platformPostId, "the post the first send created");
        assertEquals(2, fake.postRequests(), "the first send, and the resend X refused as a duplicate");
        assertEquals(2, fake.ownPostRequests().size(), "looked before the resend and after its refusal");
    }

    @Test
    void aDuplicateThatIsNeverListedIsParkedForAnAgentAfterTheConfiguredAttempts() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir can I take my bike to Porto?"));
        long draftId = approveWhileXAnswersTooLate(postId, "Hi Casey, bikes fly as sports equipment.").draftId();
        fake.lagOwnPosts(1_000);

        Reply failed = await().atMost(Duration.ofSeconds(30)).until(() -> reply(draftId),
                r -> r.status == ReplyStatus.FAILED);

        assertTrue(failed.failureReason.contains("check X before resending"), failed.failureReason);
        assertEquals(4, failed.attempts, "firstline.publish.duplicate-attempts");
        assertEquals(1, fake.createdPosts().size(), "never posted twice");
        given().get("/api/cases/{id}", caseId).then().body("audit.action", hasItem("REPLY_FAILED"));
    }

    @Test
    void aSendWithAnUnknownResultAndNothingOnXIsSentOnceAfterLooking() {
        long draftId = approveWhileXAnswers(FakeXApi.problem(504, "Gateway Timeout", "Gateway Timeout"),
                "@LumenAir what is the baggage allowance to Porto?", "Hi Casey, one 23 kg bag is included.");

        awaitReply(draftId, ReplyStatus.UNCONFIRMED);
        fake.createPostsNormally();

        awaitReply(draftId, ReplyStatus.SENT);
        assertEquals(1, fake.createdPosts().size());
        assertEquals(1, fake.ownPostRequests().size(), "looked on X before sending again");
    }

    @Test
    void duplicateContentIsParkedAsFailedWithXsReason() {
        RefusedAsDuplicate refused = refusedAsDuplicate("Lisbon", "Porto");
        Reply failed = refused.reply();
        long caseId = refused.caseId();
        assertTrue(failed.failureReason.contains("duplicate content"), failed.failureReason);
        given().get("/api/cases/{id}", caseId).then()
                .body("replies[0].status", is("FAILED"))
                .body("replies[0].failureReason", containsString("duplicate content"))
                .body("audit.action", hasItem("REPLY_FAILED"));
        int posts = fake.postRequests();
        worker.onApproved(failed.id);
        assertEquals(posts, fake.postRequests(), "a refused reply is not retried");
    }

    @Test
    void aFailedReplyIsListedAndResentRewordedFromTheFailedViewPostedOnce() {
        RefusedAsDuplicate refused = refusedAsDuplicate("Faro", "Madeira");
        Reply failed = refused.reply();
        long caseId = refused.caseId();
        String second = failed.inReplyToId;
        given().get("/api/replies/failed").then().statusCode(200)
                .body("find { it.replyId == " + failed.id + " }.failureReason", containsString("duplicate content"))
                .body("find { it.replyId == " + failed.id + " }.caseId", is((int) caseId));
        assertTrue(given().get("/failed").then().statusCode(200).extract().asString().contains("resend-" + failed.id));
        assertTrue(Api.as("admin", "admin-pass").get("/q/metrics").then().extract().asString().matches("(?s).*firstline_replies_failed [1-9].*"));

        String reworded = "Hi Casey, the Madeira lounge is open 05:00-23:00 too. Ref " + second;
        given().contentType("application/json").body(Map.of("text", reworded))
                .post("/api/replies/{id}/resend", failed.id).then().statusCode(200).body("text", is(reworded));

        Reply sent = await().atMost(Duration.ofSeconds(15)).until(() -> replyById(failed.id), r -> r.status == ReplyStatus.SENT);
        assertEquals(reworded, sent.text);
        assertEquals(1, fake.createdPosts().stream().filter(p -> p.text().contains(reworded)).count(), "posted once");
        assertEquals(second, fake.createdPosts().stream().filter(p -> p.text().contains(reworded)).findFirst()
                .orElseThrow().inReplyToId(), "in the customer's thread");
        given().contentType("application/json").body(Map.of())
                .post("/api/replies/{id}/resend", failed.id).then().statusCode(409);
        given().get("/api/cases/{id}", caseId).then().body("audit.action", hasItems("REPLY_FAILED", "REPLY_RESENT"));
        given().get("/api/replies/failed").then().body("replyId", not(hasItem(failed.id.intValue())));
    }

    @Test
    void aRateLimitedSendWaitsForTheReset() {
        Instant reset = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        long draftId = approveWhileXAnswers(FakeXApi.rateLimited(reset),
                "@LumenAir do you fly to Madeira in winter?", "Hi Casey, yes, twice a week.");

        Reply queued = awaitRequeued(draftId);
        assertEquals(reset, queued.nextAttemptAt);
        assertTrue(queued.failureReason.contains("429"), queued.failureReason);

        int posts = fake.postRequests();
        worker.onApproved(queued.id);
        assertEquals(posts, fake.postRequests(), "no send before the reset");
        assertTrue(fake.createdPosts().isEmpty());
    }

    /** X's reset decides when the reply goes, not the stalled-reply sweep (which waits a minute for queued replies). */
    @Test
    void aRateLimitedReplyGoesOutAtXsReset() {
        Instant approvedAt = Instant.now();
        Instant reset = approvedAt.plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        long draftId = approveWhileXAnswers(FakeXApi.rateLimited(reset),
                "@LumenAir can I bring skis on the Geneva flight?", "Hi Casey, yes: skis fly as sports equipment.");
        awaitRequeued(draftId);
        fake.createPostsNormally();

        Reply sent = await().atMost(Duration.ofSeconds(20)).until(() -> reply(draftId), r -> r.status == ReplyStatus.SENT);
        Duration afterApproval = Duration.between(approvedAt, Instant.now());
        assertTrue(afterApproval.compareTo(Duration.ofSeconds(15)) <= 0, "posted " + afterApproval + " after approval");
        assertFalse(sent.sentAt.isBefore(reset), "not before X's reset: " + sent.sentAt);
        assertEquals(1, fake.createdPosts().size());
    }

    @Test
    void anUnavailableXIsRetriedSafelyAndPostsOnce() {
        long draftId = approveWhileXAnswers(FakeXApi.problem(503, "Service Unavailable", "Service Unavailable"),
                "@LumenAir can I change my flight to tomorrow?", "Hi Casey, send us a DM with your booking code.");

        Reply queued = awaitRequeued(draftId);
        fake.createPostsNormally();

        // Offered again by itself once the configured wait is over (X named no reset time).
        Reply sent = awaitReply(draftId, ReplyStatus.SENT);
        assertFalse(sent.sentAt.isBefore(queued.nextAttemptAt), "not before the wait was over");
        assertEquals(1, fake.createdPosts().size());
        assertEquals(0, fake.ownPostRequests().size(), "a 503 means nothing was posted: no need to look");
    }

    /** An incident's broadcast goes through the same outbox: a send whose answer never came is found on X. */
    @Test
    void aBroadcastWhoseSendWasUnknownIsFoundOnXAndPostedOnce() {
        fake.createPostsButAnswerAfter(3_000);
        String text = "Check-in in our app is failing right now; we are on it. Ref " + Posts.newId();
        long replyId = QuarkusTransaction.requiringNew().call(() -> Reply.broadcast(text).id);
        approvedReplies.offer(replyId);
        Reply unconfirmed = await().atMost(Duration.ofSeconds(15)).until(() -> replyById(replyId),
                r -> r.status == ReplyStatus.UNCONFIRMED);
        assertTrue(unconfirmed.failureReason.contains("timed out"), unconfirmed.failureReason);
        fake.createPostsNormally();

        Reply sent = await().atMost(Duration.ofSeconds(15)).until(() -> replyById(replyId), r -> r.status == ReplyStatus.SENT);
        assertEquals(1, fake.postRequests(), "never posted a second time");
        assertEquals(fake.createdPosts().get(0).id(), sent.platformPostId);
        assertNull(fake.createdPosts().get(0).inReplyToId(), "on the brand's timeline");
    }

    /** A worker killed mid-send leaves the broadcast SENDING: once its claim expires, X is looked at first. */
    @Test
    void aBroadcastLeftSendingByACrashIsFoundOnXAndNotPostedAgain() throws Exception {
        String text = "Our booking site is back. Thank you for your patience. Ref " + Posts.newId();
        String posted = client.postStatus(text);
        long replyId = QuarkusTransaction.requiringNew().call(() -> {
            Reply reply = Reply.broadcast(text);
            reply.status = ReplyStatus.SENDING;
            reply.attempts = 1;
            reply.nextAttemptAt = Instant.now().minusSeconds(1);
            return reply.id;
        });

        Reply sent = await().atMost(Duration.ofSeconds(15)).until(() -> replyById(replyId), r -> r.status == ReplyStatus.SENT);
        assertEquals(posted, sent.platformPostId);
        assertEquals(1, fake.postRequests(), "only the send before the crash");
    }

    /** A customer's post, and an approved reply to it sent while X answers posts this way. */
    private long approveWhileXAnswers(ResponseDefinitionBuilder xAnswer, String question, String answer) {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, question));
        fake.answerPosts(xAnswer);
        return approve(postId, answer + " Ref " + postId);
    }

    /** A reply X refused for good, and its case. */
    private record RefusedAsDuplicate(long caseId, Reply reply) {
    }

    /** Two customers asked about two lounges; the second answer repeats the first word for word, so X refuses it. */
    private RefusedAsDuplicate refusedAsDuplicate(String lounge, String otherLounge) {
        String first = Posts.newId();
        String second = Posts.newId();
        Posts.send(Posts.post(first, "@LumenAir is the lounge in " + lounge + " open?"));
        long caseId = Posts.send(Posts.post(second, "@LumenAir lounge in " + otherLounge + " open?"));
        String sameText = "Hi Casey, both lounges are open 05:00-23:00. Ref " + first;
        awaitReply(approve(first, sameText), ReplyStatus.SENT);
        return new RefusedAsDuplicate(caseId, awaitReply(approve(second, sameText), ReplyStatus.FAILED));
    }

    /** A reply whose send timed out, as it was then. */
    private record Unconfirmed(long draftId, Reply reply) {
    }

    /**
     * Approves a reply to the post while X creates posts but answers after the client gave up:
     * the reply is left unconfirmed, and X answers normally again afterwards.
     */
    private Unconfirmed approveWhileXAnswersTooLate(String postId, String answer) {
        fake.createPostsButAnswerAfter(3_000);
        long draftId = approve(postId, answer + " Ref " + postId);
        Reply unconfirmed = awaitReply(draftId, ReplyStatus.UNCONFIRMED);
        fake.createPostsNormally();
        return new Unconfirmed(draftId, unconfirmed);
    }

    /** Waits for a reply that was tried, not sent, and queued again. */
    private static Reply awaitRequeued(long draftId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> reply(draftId),
                r -> r != null && r.status == ReplyStatus.QUEUED && r.failureReason != null);
    }

    private static long approve(String postId, String text) {
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
        given().contentType("application/json").body(Map.of("text", text, "agent", "dana"))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200);
        return draftId;
    }

    private static Reply awaitReply(long draftId, ReplyStatus status) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> reply(draftId), r -> r != null && r.status == status);
    }

    private static Reply replyById(long replyId) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>findById(replyId));
    }

    static Reply reply(long draftId) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>find("draft.id", draftId).firstResult());
    }
}
