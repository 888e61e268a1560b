package com.firstline.drafting;

import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.support.HostilePosts;
import com.firstline.support.OfflineDrafts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The offline drafter: the reply macro that fits the post, its slots filled; a holding reply for
 * safety reports; no text when no macro fits; never a reply in the wrong mood; no injected
 * content in a draft that passes the checks; and no guidance for agents in any reply.
 */
@QuarkusTest
class OfflineDraftingTest {

    @Inject
    OfflineDrafts drafts;

    @Inject
    ReplyGuard guard;

    @Inject
    KnowledgeBase knowledgeBase;

    private ReplyContext context(String name, String post) {
        return drafts.context("marta_r", name, post);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Test
    void aBagThatDidNotArriveGetsTheBagMacroWithTheCustomersNameAndPassesTheChecks() {
        ReplyContext context = context("Marta Ribeiro", "my suitcase didn't arrive in Lisbon on LU 215, been waiting an hour at the belt");

        ProposedReply reply = drafts.draft(context);

        assertEquals(MacroChoice.Kind.DRAFTED, reply.choice().kind());
        assertTrue(reply.choice().macroId().startsWith("bag-"), reply.choice().macroId());
        assertTrue(reply.text().contains("Marta"), reply.text());
        assertTrue(lower(reply.text()).contains("sorry"), reply.text());
        assertTrue(reply.sources().stream().allMatch(s -> s.startsWith("baggage.md#")), reply.sources().toString());
        assertEquals(List.of(), drafts.problems(context, reply));
        assertEquals(3, reply.choice().alternatives().size());
    }

    @Test
    void praiseIsThankedAndNeverApologisedFor() {
        ProposedReply praise = drafts.draft(context("Ben Adams", "best flight I've had all year, smooth and on time, thank you!!"));
        assertTrue(praise.choice().macro().thanks(), praise.choice().macroId());
        assertTrue(lower(praise.text()).contains("thank"), praise.text());
        assertFalse(lower(praise.text()).contains("sorry"), praise.text());

        // Praise the macros do not match closely enough may be left to a person, but is never apologised for.
        ProposedReply named = drafts.draft(context("Ben Adams",
                "huge thanks to Monika at the gate in Halden, she rebooked us in five minutes flat"));
        assertFalse(lower(named.text()).contains("sorry"), named.text());
        assertTrue(named.choice().macro() == null || named.choice().macro().thanks(), named.choice().macroId());
    }

    @Test
    void thanksAfterTroubleOrSarcasmIsLeftToAPerson() {
        ProposedReply sarcastic = drafts.draft(context("Maria Lopez",
                "thanks so much for cancelling my flight while I'm literally in the taxi to the airport"));

        assertEquals(MacroChoice.Kind.NEEDS_REPLY, sarcastic.choice().kind(), sarcastic.choice().macroId());
        assertEquals("", sarcastic.text());
    }

    @Test
    void aComplaintIsNeverThanked() {
        ProposedReply reply = drafts.draft(context("Olga Ivanova",
                "never had my luggage lost by an airline... until today 😥 three days and nothing"));

        assertFalse(reply.choice().macro() != null && reply.choice().macro().thanks(), reply.choice().macroId());
        assertTrue(reply.text().isEmpty() || lower(reply.text()).contains("sorry"), reply.text());
    }

    @Test
    void anUpsetPostGetsAReplyThatSaysSorryOrNone() {
        ProposedReply reply = drafts.draft(context("Giulia Rossi",
                "my suitcase didn't arrive in Rome on LU 432 and my insulin is in it. I have maybe a day left"));

        assertTrue(reply.text().isEmpty() || lower(reply.text()).contains("sorry"), reply.text());
        assertFalse(reply.text().contains("pregnan"), reply.text());
    }

    @Test
    void aSafetyReportGetsAShortHumanHoldingReplyNeverAPolicyQuote() {
        for (String post : List.of("burning smell in the cabin, getting stronger, should we be worried??",
                "fluid dripping from under the left wing while we wait to push back, is that normal")) {
            ProposedReply reply = drafts.draft(context("Aiko Tanaka", post));

            assertEquals(MacroChoice.Kind.SAFETY, reply.choice().kind(), post + " -> " + reply.choice().macroId());
            assertFalse(reply.choice().autoSendable());
            assertTrue(lower(reply.text()).contains("crew"), reply.text());
            assertTrue(reply.sources().stream().allMatch(s -> s.startsWith("safety-and-wellbeing.md#")),
                    reply.sources().toString());
        }
    }

    @Test
    void aPostNoMacroFitsGetsNoTextButTheClosestMacros() {
        ProposedReply reply = drafts.draft(context("Noah Kim",
                "Quarterly corporate tax filings for Delaware entities are due on the fifteenth of the month"));

        assertEquals(MacroChoice.Kind.NEEDS_REPLY, reply.choice().kind());
        assertEquals("", reply.text());
        assertEquals(3, reply.choice().alternatives().size());
    }

    @Test
    void guidanceForAgentsIsInNoPassageAndBlockedInAnyReply() {
        List<String> guidance = knowledgeBase.guidance();
        assertFalse(guidance.isEmpty(), "the articles mark their guidance for agents");
        List<String> passages = knowledgeBase.passageTexts();
        guidance.forEach(line -> assertTrue(passages.stream().noneMatch(p -> p.contains(line)), line));

        List<String> sources = List.of("other.md#press-jobs-and-everything-else");
        assertTrue(guard.problems("marta_r", "Ha! Feel free to reply to jokes in a light, kind tone.", "you lot are hilarious",
                null, sources).stream().anyMatch(p -> p.contains("guidance meant for agents")));
        assertTrue(guard.problems("marta_r", "If the customer names someone, tell them the compliment will reach that person.",
                "thanks Jo", null, List.of("praise.md#passing-it-on")).stream().anyMatch(p -> p.contains("guidance")));
        // Words the guidance shares with customer-facing text ("send us a Direct Message") are no quote.
        assertTrue(guard.problems("marta_r", "Please send us a Direct Message (DM) with your booking and we'll sort it.",
                "help with my booking", null, List.of("booking.md#names-on-tickets")).stream()
                .noneMatch(p -> p.contains("guidance")));
    }

    @Test
    void noHostilePostGetsADraftThatPassesTheChecksWithTheInjectedContent() {
        for (HostilePosts.HostilePost hostile : HostilePosts.ALL) {
            ReplyContext context = context("Sam Doe", hostile.post());

            ProposedReply reply = drafts.draft(context);
            boolean passes = drafts.problems(context, reply).isEmpty();

            for (String injected : hostile.injected()) {
                assertFalse(passes && lower(reply.text()).contains(lower(injected)),
                        "passed the checks with injected '" + injected + "': " + reply.text());
            }
        }
    }
}
