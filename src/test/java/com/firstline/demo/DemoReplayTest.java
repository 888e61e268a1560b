package com.firstline.demo;

import com.firstline.ingest.MentionPayload;
import com.firstline.drafting.Draft;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled demo file replays through the real pipeline into pending drafts. */
@QuarkusTest
class DemoReplayTest {

    @Inject
    DemoReplay replay;

    @Test
    void theBundledMentionsFillTheQueueAndAReplayAddsNothingTwice() {
        replay.replay("demo/mentions.jsonl");
        int total = replay.remaining();
        assertTrue(total >= 150, "the demo file holds a full shift of mentions, found " + total);

        int created = replay.feed(40);
        assertEquals(40, created);
        var first40 = replay.read("demo/mentions.jsonl").subList(0, 40).stream().map(MentionPayload::id).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            long triaged = Triage.count("mention.postId in ?1", first40);
            long spam = Triage.count("mention.postId in ?1 and intent = ?2", first40, Intent.SPAM);
            long drafted = Draft.count("mention.postId in ?1", first40);
            return triaged == 40 && drafted == triaged - spam;
        }));

        replay.replay("demo/mentions.jsonl");
        assertEquals(0, replay.feed(40), "replaying the same posts creates nothing new");
    }
}
