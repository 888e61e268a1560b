package com.firstline.drafting;

import com.firstline.support.HostilePosts;
import com.firstline.support.OfflineDrafts;
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
    OfflineDrafts drafts;

    private ReplyContext context(String name, String post) {
        return drafts.context("marta_r", name, post);
    }

    private List<String> problems(ReplyContext context, ProposedReply reply) {
        return drafts.problems(context, reply);
    }

    @Test
    void aReplyUsesTheCustomersNameFlightAndWhatHappenedAndCitesTheArticle() {
        ReplyContext context = context("Marta Ribeiro", "my suitcase didn't arrive in Lisbon on LU 215, been waiting an hour");

        ProposedReply reply = drafts.draft(context);

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

            ProposedReply reply = drafts.draft(context);
            boolean passes = problems(context, reply).isEmpty();

            for (String injected : hostile.injected()) {
                assertFalse(passes && reply.text().toLowerCase(Locale.ROOT).contains(injected.toLowerCase(Locale.ROOT)),
                        "passed the checks with injected '" + injected + "': " + reply.text());
            }
        }
    }
}
