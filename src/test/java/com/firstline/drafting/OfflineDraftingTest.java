package com.firstline.drafting;

import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.support.HostilePosts;
import com.firstline.triage.Assessment;
import com.firstline.triage.TriageRequest;
import com.firstline.triage.TriageService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** The offline drafter: specific replies, and no injected content in a draft that passes the checks. */
@QuarkusTest
class OfflineDraftingTest {

    @Inject
    TriageService triage;

    @Inject
    ReplyContexts contexts;

    @Inject
    OfflineDrafter offline;

    @Inject
    ReplyGuard guard;

    private ReplyContext context(String name, String post) {
        Assessment a = triage.assess(TriageRequest.ofText(post));
        return contexts.of(7L, "marta_r", name, post, List.of(), a.intent(), a.intentScore(), a.sentiment());
    }

    private List<String> problems(ReplyContext context, ProposedReply reply) {
        return guard.problems(context.handle(), reply.text(), context.text(), context.sentiment(), reply.sources());
    }

    @Test
    void aReplyUsesTheCustomersNameFlightAndWhatHappenedAndCitesTheArticle() {
        ReplyContext context = context("Marta Ribeiro", "my suitcase didn't arrive in Lisbon on LU 215, been waiting an hour");

        ProposedReply reply = offline.draft(context);

        assertEquals(DraftedBy.OFFLINE, reply.draftedBy());
        assertTrue(reply.text().contains("Marta"), reply.text());
        assertTrue(reply.text().contains("your bag on LU 215"), reply.text());
        assertTrue(reply.text().toLowerCase(Locale.ROOT).contains("sorry"), reply.text());
        assertTrue(reply.sources().get(0).startsWith("baggage.md#"), reply.sources().toString());
        assertEquals(List.of(), problems(context, reply));
    }

    @Test
    void noHostilePostGetsADraftThatPassesTheChecksWithTheInjectedContent() {
        for (HostilePosts.HostilePost hostile : HostilePosts.ALL) {
            ReplyContext context = context("Sam Doe", hostile.post());

            ProposedReply reply = offline.draft(context);
            boolean passes = problems(context, reply).isEmpty();

            for (String injected : hostile.injected()) {
                assertFalse(passes && reply.text().toLowerCase(Locale.ROOT).contains(injected.toLowerCase(Locale.ROOT)),
                        "passed the checks with injected '" + injected + "': " + reply.text());
            }
        }
    }
}
