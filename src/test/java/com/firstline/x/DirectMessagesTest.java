package com.firstline.x;

import com.firstline.cases.Case;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
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

import static com.firstline.support.Api.as;
import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The private half of a case against {@link FakeXApi}'s DMs (X API v2 through the REST client,
 * with the OAuth 2.0 user token): a customer's DM joins their case under its SLA, an agent
 * answers it privately, once, whatever X answers, and nothing private reaches a public reply.
 */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class DirectMessagesTest {

    private static final String CUSTOMER = "4100000000000000931";
    private static final String HANDLE = "robin_flies";

    FakeXApi fake;

    @Inject
    DmPoller poller;

    @Inject
    XDirectMessages directMessages;

    @BeforeEach
    void freshFake() {
        fake.reset();
    }

    private static long publicCase(String text) {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, postId, text, CUSTOMER, HANDLE, 90));
        Queue.awaitDraftFor(postId);
        return caseId;
    }

    private static Reply awaitDm(long replyId, ReplyStatus status) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>findById(replyId)), r -> r.status == status);
    }

    private static long sendDm(long caseId, String text) {
        return given().contentType("application/json").body(Map.of("text", text))
                .post("/api/cases/{id}/dms", caseId).then().statusCode(200).extract().jsonPath().getLong("replyId");
    }

    @Test
    void aCustomersDmJoinsTheirCaseAndAnAgentAnswersItPrivatelyOnce() {
        long caseId = publicCase("@LumenAir my bag never made it to Faro, can someone help?");
        fake.receiveDm(CUSTOMER, HANDLE, "Booking QX7K2M, bag tag LU 884512, phone +351 912 345 678");
        long waitingBefore = given().get("/api/attention").then().extract().jsonPath().getLong("dmsWaiting");

        assertEquals(1, poller.poll());
        assertEquals(0, poller.poll(), "each DM event is stored once");

        given().get("/api/cases/{id}", caseId).then()
                .body("directMessages", hasSize(1)).body("directMessages[0].fromCustomer", is(true))
                .body("directMessages[0].text", containsString("QX7K2M")).body("status", is("OPEN"))
                .body("audit.action", hasItem("DM_RECEIVED"));
        given().get("/api/attention").then().body("dmsWaiting", is((int) waitingBefore + 1));
        assertTrue(given().get("/dms").then().statusCode(200).extract().asString().contains("/cases/" + caseId));

        given().contentType("application/json").body(Map.of("text", "Robin, we found booking QX7K2M: more soon."))
                .post("/api/cases/{id}/replies", caseId).then().statusCode(422).body("detail", containsString("DM"));

        String answer = "Thanks Robin: booking QX7K2M, your bag arrives in Faro tonight and we deliver it by 10pm.";
        long replyId = sendDm(caseId, answer);
        Reply sent = awaitDm(replyId, ReplyStatus.SENT);

        assertEquals(1, fake.sentDms().size());
        assertEquals(CUSTOMER, fake.sentDms().get(0).recipientId());
        assertEquals(answer, fake.sentDms().get(0).text());
        assertEquals(fake.sentDms().get(0).eventId(), sent.platformPostId);
        assertTrue(fake.createdPosts().stream().noneMatch(p -> p.text().contains("QX7K2M")), "never in public");
        assertEquals(0, poller.poll(), "our own DM is not a customer's");
        given().get("/api/cases/{id}", caseId).then()
                .body("directMessages.fromCustomer", contains(true, false))
                .body("status", is("WAITING")).body("turns[0].respondedAt", notNullValue())
                .body("audit.action", hasItems("DM_WRITTEN", "DM_SENT"));
        given().get("/api/attention").then().body("dmsWaiting", is((int) waitingBefore));
        assertTrue(given().get("/cases/{id}", caseId).then().extract().asString().contains("Direct messages"));
    }

    @Test
    void aDmFromSomeoneWhoNeverPostedOpensACaseOnTheSlaClock() {
        String stranger = "4100000000000000932";
        fake.receiveDm(stranger, "quiet_quinn", "Hi, I need to change the name on my ticket");

        assertEquals(1, poller.poll());

        long caseId = QuarkusTransaction.requiringNew().call(() -> Case.latestOf("x", stranger).orElseThrow().id);
        given().get("/api/cases/{id}", caseId).then()
                .body("customerHandle", is("quiet_quinn")).body("status", is("OPEN"))
                .body("turns", hasSize(1)).body("responseDueAt", notNullValue())
                .body("posts", empty()).body("directMessages", hasSize(1));
    }

    @Test
    void aBusyMinuteOfDmsIsReadPageAfterPageUntilOnesSeenBefore() {
        fake.receiveDm("4100000000000000940", "early_bird", "An older DM, read at the last poll");
        assertEquals(1, poller.poll());
        int busy = 2 * XChannelProfile.DM_PAGE_SIZE + 3; // more than two pages arrive between two polls
        for (int i = 0; i < busy; i++) {
            fake.receiveDm("41000000000001" + String.format("%05d", i), "busy_" + i, "DM number " + i);
        }

        assertEquals(busy, poller.poll(), "every new DM, across pages");
        assertEquals(0, poller.poll());
    }

    @Test
    void aRateLimitedDmGoesOutAtTheResetAndAFailingOneOnceXRecovers() {
        long caseId = publicCase("@LumenAir question about my refund");
        Instant reset = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        fake.answerDmSends(FakeXApi.rateLimited(reset));
        long limited = sendDm(caseId, "Robin, your refund was approved today.");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.dmSendRequests() >= 1);
        fake.sendDmsNormally();
        Reply sent = awaitDm(limited, ReplyStatus.SENT);
        assertFalse(sent.sentAt.isBefore(reset), "not before X's reset");

        fake.answerDmSends(FakeXApi.problem(503, "Service Unavailable", "Service Unavailable"));
        long unavailable = sendDm(caseId, "It reaches your card in 5 to 7 days.");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.dmSendRequests() >= 3);
        fake.sendDmsNormally();
        awaitDm(unavailable, ReplyStatus.SENT);

        assertEquals(2, fake.sentDms().size(), "each DM sent once");
    }

    @Test
    void aDmWhoseAnswerNeverCameIsFoundAmongTheSentAndNotSentAgain() {
        long caseId = publicCase("@LumenAir I was charged twice for seat selection");
        fake.sendDmsButAnswerAfter(3_000); // sent on X, but the client has given up (read timeout 2 s)
        long replyId = sendDm(caseId, "Robin, we refunded the second seat charge just now.");

        Reply sent = awaitDm(replyId, ReplyStatus.SENT);

        assertEquals(1, fake.sentDms().size());
        assertEquals(fake.sentDms().get(0).eventId(), sent.platformPostId);
        assertEquals(1, fake.dmSendRequests(), "looked among the sent DMs before any resend");
    }

    @Test
    void aDmLeftSendingByACrashIsFoundOnXAndNotSentAgain() throws Exception {
        long caseId = publicCase("@LumenAir lost my boarding pass");
        String text = "Robin, your new boarding pass is attached to your booking.";
        String eventId = directMessages.send(CUSTOMER, text); // the send before the crash
        long replyId = QuarkusTransaction.requiringNew().call(() -> {
            Reply reply = Reply.direct(Case.findById(caseId), text);
            reply.status = ReplyStatus.SENDING;
            reply.attempts = 1;
            reply.nextAttemptAt = Instant.now().minusSeconds(1);
            return reply.id;
        });

        Reply sent = awaitDm(replyId, ReplyStatus.SENT);

        assertEquals(eventId, sent.platformPostId);
        assertEquals(1, fake.dmSendRequests(), "only the send before the crash");
    }

    @Test
    void dmsTakeTheUserTokenAndAnAgentOnly() {
        long caseId = publicCase("@LumenAir wifi did not work on LU 301");
        as("nobody", "wrong").contentType("application/json").body(Map.of("text", "hi"))
                .post("/api/cases/{id}/dms", caseId).then().statusCode(401);
        given().contentType("application/json").body(Map.of("text", "\u200b"))
                .post("/api/cases/{id}/dms", caseId).then().statusCode(422);
        long replyId = sendDm(caseId, "Robin, sorry about the wifi: we credited 500 Lumen Miles.");
        awaitDm(replyId, ReplyStatus.SENT);
        assertEquals("Bearer " + FakeXApi.DM_TOKEN, fake.dmSendRequestsMade().get(0).getHeader("Authorization"));
    }
}
