package com.firstline.drafting;

import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.support.FakeLlm;
import com.firstline.support.HostilePosts;
import com.firstline.support.LlmProfile;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.firstline.support.FakeLlm.chatAbout;
import static com.firstline.support.FakeLlm.completion;
import static com.firstline.support.FakeLlm.reply;
import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

/**
 * LLM drafting against a simulated OpenAI-compatible server: good replies, blocked ones, and failures.
 */
@QuarkusTest
@TestProfile(LlmProfile.class)
class LlmDraftingTest {

    private static final String REBOOKING = "delays-and-cancellations.md#rebooking-and-refunds";

    @FakeLlm.Inject
    WireMockServer llm;

    @Inject
    DraftingService drafting;

    @Inject
    ReplyContexts contexts;

    @Inject
    ReplyGuard guard;

    @Inject
    CircuitBreakerMaintenance circuits;

    /** Each test starts with the LLM's circuit closed, whatever the test before it failed. */
    @BeforeEach
    void closedCircuit() {
        circuits.resetAll();
    }

    private static String goodReply(String flight) {
        return "Sorry about the wait on " + flight + ", Casey. With a delay over 3 hours you can rebook for free"
                + " on the next Lumen Air flight, usually in the app. DM us if you'd like us to do it for you.";
    }

    private ReplyContext delayContext(String text) {
        return contexts.of(1L, "casey_flyer", "Casey Jones", text, List.of(), Intent.DELAY, 0.9, Sentiment.NEGATIVE);
    }

    @Test
    void aGoodLlmReplyReachesTheQueueCitingItsSourceAndUnflagged() {
        llm.stubFor(chatAbout("LU 201").willReturn(okJson(completion(reply(goodReply("LU 201"), REBOOKING)))));
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "LU 201 to Lisbon delayed 4 hours and nobody tells us anything, what now?"));

        Map<String, Object> draft = Queue.awaitDraftFor(postId);
        assertEquals("LLM", draft.get("draftedBy"));
        assertEquals(goodReply("LU 201"), draft.get("text"));
        assertEquals(List.of(REBOOKING), draft.get("sources"));
        assertEquals(false, draft.get("flagged"));
        assertEquals(List.of(), draft.get("warnings"));
        // The model was shown the support lead's closest macros as examples of voice and content.
        List<Map<String, Object>> closest = (List<Map<String, Object>>) draft.get("alternatives");
        assertFalse(closest.isEmpty(), draft.toString());
        String request = llm.findAll(draftRequests()
                .withRequestBody(containing("LU 201"))).get(0).getBodyAsString();
        assertTrue(request.contains("Replies our support lead wrote"), request);
        assertTrue(request.contains((String) closest.get(0).get("title")), request);
    }

    @Test
    void aSafetyReportGetsTheHoldingReplyWithoutAskingTheLlm() {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "burning smell in the cabin of LU 299, getting stronger, should we be worried??"));

        Map<String, Object> draft = Queue.awaitDraftFor(postId);
        assertEquals("OFFLINE", draft.get("draftedBy"));
        assertEquals("ESCALATED", draft.get("status"));
        assertTrue(((String) draft.get("macroId")).startsWith("safety-"), draft.toString());
        assertEquals(0, llm.findAll(draftRequests()
                .withRequestBody(containing("LU 299"))).size());
    }

    @Test
    void theDraftsOfABatchAreAskedOfTheLlmAtOnce() {
        String calmReply = "Sorry about the wait, Casey. With a delay over 3 hours you can rebook for free on the next"
                + " Lumen Air flight, usually in the app. DM us if you'd like us to do it for you.";
        llm.stubFor(chatAbout("LU 60").willReturn(okJson(completion(reply(calmReply, REBOOKING))).withFixedDelay(1_000)));
        List<String> posts = List.of(Posts.newId(), Posts.newId(), Posts.newId(), Posts.newId(), Posts.newId());
        for (int i = 0; i < posts.size(); i++) {
            Posts.send(Posts.post(posts.get(i), "LU 60" + i + " to Lisbon delayed 4 hours, what now?"));
        }
        posts.forEach(p -> assertEquals("LLM", Queue.awaitDraftFor(p).get("draftedBy")));

        // One at a time, each request would start a second (the model's delay) after the one before.
        List<Long> started = llm.findAll(draftRequests()
                        .withRequestBody(containing("LU 60"))).stream()
                .map(r -> r.getLoggedDate().getTime()).sorted().toList();
        assertEquals(posts.size(), started.size());
        long together = 0;
        for (int i = 1; i < started.size(); i++) {
            together += started.get(i) - started.get(i - 1) < 500 ? 1 : 0;
        }
        assertTrue(together >= 2, "requests that started while another was waiting: " + started);
    }

    @Test
    void aReplyThatBreaksARuleIsBlockedAndTheModelAskedAgain() {
        llm.stubFor(chatAbout("LU 202").inScenario("reprompt").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(completion(reply("Sorry! Please reply with your booking reference for LU 202.",
                        REBOOKING))))
                .willSetStateTo("asked again"));
        llm.stubFor(chatAbout("LU 202").inScenario("reprompt").whenScenarioStateIs("asked again")
                .willReturn(okJson(completion(reply(goodReply("LU 202"), REBOOKING)))));

        ProposedReply proposal = drafting.draft(delayContext("LU 202 delayed 4 hours, what are my options?"));

        assertEquals(DraftedBy.LLM, proposal.draftedBy());
        assertEquals(goodReply("LU 202"), proposal.text());
        var requests = llm.findAll(draftRequests()
                .withRequestBody(containing("LU 202")));
        assertEquals(2, requests.size());
        assertTrue(requests.get(1).getBodyAsString().contains("Asks for private details in public"),
                "the second request tells the model which rule it broke");
    }

    @Test
    void aTimeoutFallsBackToTheOfflineDrafter() {
        llm.stubFor(chatAbout("LU 203").willReturn(okJson(completion(reply(goodReply("LU 203"), REBOOKING)))
                .withFixedDelay(5_000)));

        ProposedReply proposal = drafting.draft(delayContext("LU 203 delayed 4 hours, what are my options?"));

        assertEquals(DraftedBy.OFFLINE, proposal.draftedBy());
        assertFalse(proposal.sources().isEmpty());
    }

    /**
     * While the LLM hangs, drafts are written offline after each timeout; once 3 of the last 4
     * failed, the circuit opens and drafts come offline at once, with no call. When the LLM answers
     * again, the circuit closes by itself after its delay (2 s in the tests).
     */
    @Test
    void whileTheLlmHangsTheCircuitOpensAndDraftsComeOfflineAtOnceUntilItAnswersAgain() {
        String post = "LU 880 delayed 4 hours, what are my options?";
        llm.stubFor(chatAbout("LU 880").willReturn(okJson(completion(reply(goodReply("LU 880"), REBOOKING)))
                .withFixedDelay(5_000)));
        for (int i = 0; i < 4; i++) {
            assertEquals(DraftedBy.OFFLINE, drafting.draft(delayContext(post)).draftedBy());
        }
        int asked = llm.findAll(draftRequests().withRequestBody(containing("LU 880"))).size();

        long start = System.nanoTime();
        assertEquals(DraftedBy.OFFLINE, drafting.draft(delayContext(post)).draftedBy());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0, "at once, not after a timeout");
        assertEquals(asked, llm.findAll(draftRequests()
                .withRequestBody(containing("LU 880"))).size(), "the open circuit asks the LLM nothing");

        llm.stubFor(chatAbout("LU 880").willReturn(okJson(completion(reply(goodReply("LU 880"), REBOOKING)))));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> drafting.draft(delayContext(post)).draftedBy() == DraftedBy.LLM);
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 503})
    void rateLimitsAndServerErrorsFallBackToTheOfflineDrafter(int status) {
        String flight = "LU " + status;
        llm.stubFor(chatAbout(flight).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"busy\"}}")));

        ProposedReply proposal = drafting.draft(delayContext(flight + " delayed 4 hours, what are my options?"));

        assertEquals(DraftedBy.OFFLINE, proposal.draftedBy());
        assertTrue(llm.findAll(draftRequests()
                .withRequestBody(containing(flight))).size() >= 1);
    }

    @Test
    void malformedJsonIsAskedForAgainThenFallsBackToTheOfflineDrafter() {
        llm.stubFor(chatAbout("LU 204").willReturn(okJson(completion("Sure! Here is a lovely reply for you."))));

        ProposedReply proposal = drafting.draft(delayContext("LU 204 delayed 4 hours, what are my options?"));

        assertEquals(DraftedBy.OFFLINE, proposal.draftedBy());
        assertEquals(2, llm.findAll(draftRequests()
                .withRequestBody(containing("LU 204"))).size(), "guardrails.max-retries=2: two attempts in all");
    }

    @Test
    void aModelThatObeysAnInjectedPostIsBlockedEveryTime() {
        for (HostilePosts.HostilePost hostile : HostilePosts.ALL) {
            llm.stubFor(post("/v1/chat/completions").withRequestBody(containing(firstWords(hostile.post())))
                    .willReturn(okJson(completion(reply(hostile.compliant(), hostile.source())))));
            ReplyContext context = delayContext(hostile.post());

            ProposedReply proposal = drafting.draft(context);
            List<String> problems = guard.problems(context.handle(), proposal.text(), context.text(),
                    context.sentiment(), proposal.sources());

            assertEquals(DraftedBy.OFFLINE, proposal.draftedBy(), hostile.post());
            for (String injected : hostile.injected()) {
                assertFalse(proposal.text().toLowerCase(Locale.ROOT).contains(injected.toLowerCase(Locale.ROOT))
                        && problems.isEmpty(), "passed the checks with injected content: " + proposal.text());
            }
        }
    }

    private static String firstWords(String post) {
        return post.substring(0, 30);
    }

    /** Requests for a reply (in this profile the LLM also reads each post for triage). */
    private static RequestPatternBuilder draftRequests() {
        return postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("Write a public reply"));
    }
}
