package com.firstline.ingest;

import com.firstline.support.Posts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page of posts (as the X poller hands them in) goes in as one transaction, or post by post when one is refused. */
@QuarkusTest
class PageIntakeTest {

    @Inject
    IntakeService intake;

    @Test
    void aPageFilesEachConversationIntoOneCaseAndTakesARepeatOnce() {
        String first = Posts.newId();
        String reply = Posts.newId();
        String author = Posts.newId();
        var opening = post(first, first, author, "@LumenAir my flight LU 18 is delayed, will I make my connection?");
        var followUp = post(reply, first, author, "@LumenAir the connection is LU 402 to Porto");

        List<IntakeResult> results = intake.receiveAll(MentionResource.PLATFORM, List.of(followUp, opening, followUp));

        assertEquals(3, results.size());
        assertTrue(results.get(0).created());
        assertTrue(results.get(1).created());
        assertFalse(results.get(2).created(), "the repeat is the same mention");
        assertEquals(results.get(0).mentionId(), results.get(2).mentionId());
        assertEquals(results.get(0).caseId(), results.get(1).caseId(), "one conversation, one case");
        assertEquals(2, mentionsOf(first, reply));
    }

    @Test
    void aRefusedPostIsLeftOutAndTheRestOfThePageGoesIn() {
        String reused = Posts.newId();
        intake.receive(MentionResource.PLATFORM, post(reused, reused, Posts.newId(), "@LumenAir where is gate B12?"));
        String before = Posts.newId();
        String after = Posts.newId();
        var page = List.of(
                post(before, before, Posts.newId(), "@LumenAir is there wifi on LU 100?"),
                post(Posts.newId(), null, Posts.newId(), "\u200b \u200b"),
                post(reused, reused, Posts.newId(), "@LumenAir other words under a known post id"),
                post("99999999999999999999", null, Posts.newId(), "@LumenAir an id no X post can have"),
                post(after, after, Posts.newId(), "@LumenAir can I pay for an extra bag at the airport?"));

        List<IntakeResult> results = intake.receiveAll(MentionResource.PLATFORM, page);

        assertEquals(2, results.size(), "the invisible post, the reused id and the overlong id are refused");
        assertTrue(results.stream().allMatch(IntakeResult::created));
        assertEquals(2, mentionsOf(before, after));
    }

    private static MentionPayload post(String id, String conversationId, String authorId, String text) {
        List<MentionPayload.ReferencedPost> replyTo = conversationId == null || conversationId.equals(id)
                ? List.of() : List.of(new MentionPayload.ReferencedPost("replied_to", conversationId));
        return new MentionPayload(id, text, authorId, conversationId == null ? id : conversationId, Instant.now(), "en",
                replyTo, null, new MentionPayload.Author(authorId, "flyer_" + authorId.substring(0, 6), "Flyer", 50, false));
    }

    private static long mentionsOf(String... postIds) {
        return QuarkusTransaction.requiringNew().call(() -> Mention.count("postId in ?1", List.of(postIds)));
    }
}
