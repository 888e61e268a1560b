package com.firstline.scaleout;

import com.firstline.ingest.Mention;
import com.firstline.ingest.MentionResource;
import com.firstline.publish.Reply;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path in the production profile: PostgreSQL, and every hand-off through a real Kafka
 * broker, keyed by the conversation: mention → triage → draft → approve → exactly one reply.
 */
@QuarkusTest
@TestProfile(ScaleoutProfile.class)
@Tag("scaleout")
class KafkaPipelineTest {

    @Test
    void aMentionTravelsThroughKafkaToOneReply() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir my suitcase never arrived in Lisbon after LU 215, help"));
        Map<String, Object> draft = Queue.awaitDraftFor(postId);
        assertEquals("BAGGAGE", draft.get("intent"));

        long mentionId = QuarkusTransaction.requiringNew().call(() -> Mention.findByPost(MentionResource.PLATFORM, postId).orElseThrow().id);
        assertCarried("mentions", postId, mentionId);
        assertCarried("mentions-triaged", postId, mentionId);

        long draftId = ((Number) draft.get("id")).longValue();
        given().contentType("application/json").body(Map.of()).post("/api/drafts/{id}/approve", draftId)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/cases/{id}", caseId).then()
                .body("replies", hasSize(1)).body("replies[0].status", is("SENT")));
        long replyId = QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>find("draft.id", draftId).singleResult().id);
        assertCarried("replies-approved", postId, replyId);
    }

    /** The topic holds the id, keyed by the post's conversation (here the post itself). */
    @Test
    void theApplicationCreatedItsTopicsWithTheConfiguredPartitions() {
        Map<String, Integer> partitions = Topics.partitionCounts();
        for (String topic : List.of("mentions", "mentions-triaged", "replies-approved")) {
            assertEquals(4, partitions.get(topic), topic);
            assertEquals(2, partitions.get(topic + "-dlq"), topic + "-dlq");
        }
    }

    static void assertCarried(String topic, String conversationId, long id) {
        List<ConsumerRecord<String, byte[]>> records = Topics.all(topic);
        assertTrue(records.stream().anyMatch(r -> conversationId.equals(r.key()) && Topics.idOf(r.value()) == id),
                topic + " has no record of " + id + " keyed " + conversationId);
    }
}
