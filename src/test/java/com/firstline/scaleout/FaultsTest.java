package com.firstline.scaleout;

import com.firstline.audit.AuditEvent;
import com.firstline.drafting.Draft;
import com.firstline.ingest.Mention;
import com.firstline.ingest.MentionResource;
import com.firstline.pipeline.PipelineChannels;
import com.firstline.publish.Reply;
import com.firstline.support.Api;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Faults on the production profile with real Kafka and PostgreSQL: the broker restarting, the
 * database unreachable for a while, and a member of the consumer group dying with records it
 * never finished. After each one every mention has exactly one draft, and a reply is posted once.
 */
@QuarkusTest
@TestProfile(ScaleoutProfile.class)
@Tag("scaleout")
class FaultsTest {

    private static final String GROUP = "firstline";
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Inject
    ChannelRegistry channels;

    @Inject
    MeterRegistry metrics;

    /**
     * Waits until triage has taken at least {@code offered} mentions in all (failed steps count)
     * and no step is under way: each step is counted when it starts and timed when it ends.
     */
    private void awaitTriageIdle(double offered) {
        await().atMost(RECOVERY).until(() -> {
            Timer steps = metrics.find("firstline.stage").tag("stage", "triage").timer();
            return triageTaken() >= offered && steps != null && steps.count() == triageSizes().count();
        });
    }

    /** Mentions triage has taken so far; none before its first step, when its meters appear. */
    private double triageTaken() {
        DistributionSummary sizes = triageSizes();
        return sizes == null ? 0 : sizes.totalAmount();
    }

    private DistributionSummary triageSizes() {
        return metrics.find("firstline.stage.batch").tag("stage", "triage").summary();
    }

    @Test
    void aMentionReceivedWhileTheBrokerIsDownIsDraftedWhenItIsBack() {
        String before = Posts.newId();
        Posts.send(Posts.post(before, "@LumenAir is there wifi on LU 100 to Oslo?"));
        Queue.awaitDraftFor(before);

        InProcessKafka.stopBroker();
        String during = Posts.newId();
        try {
            // Intake stores the post; its hand-off waits in the producer until the broker is back.
            Posts.send(Posts.post(during, "@LumenAir my bag did not arrive in Rome on LU 482"));
        } finally {
            InProcessKafka.startBroker();
        }
        long draftId = ((Number) awaitDraft(during).get("id")).longValue();
        approveAndAwaitOneReply(draftId);
    }

    @Test
    void handOffsThatFailWhileTheDatabaseIsUnreachableAreFinishedWhenItIsBack() {
        CookieFilter session = new CookieFilter();
        Api.anonymous().filter(session).redirects().follow(false).formParam("j_username", "dana")
                .formParam("j_password", "dana-pass").post("/j_security_check").then().statusCode(302);
        var triage = channels.getPausable(PipelineChannels.MENTIONS);
        List<String> posts = new ArrayList<>();
        double offeredBefore = triageTaken();
        try {
            triage.pause();
            for (int i = 0; i < 5; i++) {
                posts.add(Posts.newId());
                Posts.send(Posts.post(posts.get(i), "@LumenAir flight LU 31" + i + " cancelled, what now?"));
            }
            OwnDatabase.makeUnreachable();
            triage.resume();
            // Triage receives all five while the database is away, fails, and lets the records go.
            // Read from the stage's own metrics, not from the group's committed offsets: on a slow
            // machine those were seen to stay behind for over a minute while the database was away.
            awaitTriageIdle(offeredBefore + posts.size());
            given().contentType("application/json").body(Posts.post(Posts.newId(), "@LumenAir hello?"))
                    .post("/api/mentions").then().statusCode(not(201));
            Api.anonymous().filter(session).get("/api/drafts").then().statusCode(not(200));
        } finally {
            triage.resume();
            OwnDatabase.makeReachable();
        }
        // The database being away signed nobody out: the same session works again.
        Api.anonymous().filter(session).get("/api/drafts").then().statusCode(200);
        // The sweep finds the stored, untriaged mentions and offers them again.
        posts.forEach(FaultsTest::awaitDraft);
        posts.forEach(p -> assertEquals(1, draftsFor(p), "one draft for " + p));
    }

    @Test
    void recordsTakenByAMemberThatDiesAreRedeliveredToTheSurvivor() throws Exception {
        List<ConsumerRecord<String, byte[]>> taken = new CopyOnWriteArrayList<>();
        List<String> posts = new ArrayList<>();
        AtomicBoolean alive = new AtomicBoolean(true);
        AtomicBoolean joined = new AtomicBoolean();
        var member = standInMember();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // The stand-in polls, takes records and never commits them, until it "dies": it stops
            // polling without leaving, and the group drops it after max.poll.interval.ms.
            thread.submit(() -> {
                member.subscribe(List.of("mentions"), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        joined.compareAndSet(false, !partitions.isEmpty());
                    }
                });
                while (alive.get()) {
                    member.poll(Duration.ofMillis(100)).forEach(taken::add);
                }
            });
            // Posts sent before the group has given the member its partitions would all go to the
            // application, and the member would take nothing.
            await().atMost(RECOVERY).untilTrue(joined);
            for (int i = 0; i < 12; i++) {
                posts.add(Posts.newId());
                Posts.send(Posts.post(posts.get(i), "@LumenAir seat change on LU 7" + i + " please"));
            }
            await().atMost(RECOVERY).until(() -> taken.stream().anyMatch(r -> posts.contains(r.key())));
            alive.set(false);
            posts.forEach(FaultsTest::awaitDraft);
            // The group gave the dead member's partitions back: the application consumed and
            // committed past every record, those the member took included. (The sweep may offer
            // the same mentions again meanwhile; either way each is drafted once.)
            Topics.awaitConsumed("mentions", GROUP);
        } finally {
            alive.set(false);
            thread.shutdown();
            thread.awaitTermination(10, TimeUnit.SECONDS);
            member.close();
        }
        posts.forEach(p -> assertEquals(1, draftsFor(p), "one draft for " + p));
    }

    @Test
    void anApprovedReplyDeliveredTwiceIsPostedOnce() {
        String post = Posts.newId();
        Posts.send(Posts.post(post, "@LumenAir my meal was not vegetarian on LU 215"));
        long draftId = ((Number) Queue.awaitDraftFor(post).get("id")).longValue();
        long replyId = approveAndAwaitOneReply(draftId);

        // As after a rebalance: the same hand-off arrives again.
        Topics.send("replies-approved", post, Topics.id(replyId));
        Topics.awaitConsumed("replies-approved", GROUP);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("draftId = ?1 and action = 'REPLY_SENT'", draftId)));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>findById(replyId).attempts));
    }

    /** A second member of the application's consumer group, standing in for another instance. */
    private static KafkaConsumer<String, byte[]> standInMember() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, InProcessKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "2000",
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "500",
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "5000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }

    private static Map<String, Object> awaitDraft(String postId) {
        return await().atMost(RECOVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> Queue.draftFor(postId), d -> d != null);
    }

    private static long draftsFor(String postId) {
        return QuarkusTransaction.requiringNew().call(() -> Draft.count("mention",
                Mention.findByPost(MentionResource.PLATFORM, postId).orElseThrow()));
    }

    private static long approveAndAwaitOneReply(long draftId) {
        Map<String, Object> draft = Queue.draft(draftId);
        given().contentType("application/json").body(Map.of("text", "Thanks for telling us, we're on it (ref " + draftId + ")."))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200);
        await().atMost(RECOVERY).untilAsserted(() -> given().get("/api/cases/{id}", draft.get("caseId")).then()
                .body("replies.findAll { it.draftId == " + draftId + " }", hasSize(1))
                .body("replies.find { it.draftId == " + draftId + " }.status", is("SENT")));
        return QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>find("draft.id", draftId).singleResult().id);
    }
}
