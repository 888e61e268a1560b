package com.firstline.drafting;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ReplyChecksTest {

    @Test
    void aShortHelpfulReplyPasses() {
        assertEquals(java.util.List.of(),
                ReplyChecks.problems("casey", "Sorry about this, Casey. Report the bag in the app within 7 days."));
    }

    @Test
    void countsLikeXWithTheHandleAndUrlsAsTwentyThree() {
        String url = "https://example.com/" + "a".repeat(200);
        assertEquals(1 + 5 + 1 + 23, PostLength.of("casey", url));
        assertTrue(PostLength.fits("casey", "x".repeat(273)));
        assertFalse(PostLength.fits("casey", "x".repeat(274)));
    }

    @Test
    void askingForPrivateDetailsInPublicIsFlaggedButInADmInviteIsFine() {
        assertFalse(ReplyChecks.problems("casey", "Please reply with your booking reference.").isEmpty());
        assertTrue(ReplyChecks.problems("casey", "DM us your booking reference and we'll sort it.").isEmpty());
    }

    @Test
    void sendingTheCustomerToAPhoneNumberIsFlagged() {
        assertFalse(ReplyChecks.problems("casey", "Please call us on +44 20 7946 0018.").isEmpty());
        assertFalse(ReplyChecks.problems("casey", "Please fill in our form on the website.").isEmpty());
    }

    @Test
    void anEmptyReplyIsFlagged() {
        assertEquals(1, ReplyChecks.problems("casey", " ").size());
    }
}
