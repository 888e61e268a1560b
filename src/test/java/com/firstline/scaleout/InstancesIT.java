package com.firstline.scaleout;

import com.firstline.x.FakeXApi;
import com.firstline.x.MentionPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real Firstline processes of the production build share the work through Kafka and
 * PostgreSQL, and one of them is killed without warning (SIGKILL) twice: once while mentions are
 * being triaged and drafted, once while approved replies are being posted on (a fake) X. The
 * survivor takes over the dead one's partitions and unfinished work: every mention accepted is
 * drafted exactly once, and every approved reply is posted on X exactly once. With X polling on
 * in both, one polls, and when it is killed the other takes over.
 */
class InstancesIT {

    private static final int MENTIONS = 200;
    private static final Duration RECOVERY = Duration.ofMinutes(2);

    private static final InProcessKafka KAFKA = new InProcessKafka();
    private static final FakeXApi X = new FakeXApi();
    private static final Map<String, String> SETTINGS = new HashMap<>();
    private static Workload workload;

    @BeforeAll
    static void startServices() {
        SETTINGS.putAll(KAFKA.start());
        SETTINGS.putAll(new OwnDatabase().start());
        workload = new Workload(SETTINGS.get("FIRSTLINE_DB_URL"), 7_000_000_000_000_000_000L);
        X.start();
        SETTINGS.putAll(FakeXApi.brandAccount());
        SETTINGS.putAll(Map.ofEntries(
                Map.entry("FIRSTLINE_ADMIN_PASSWORD", "admin-pass"),
                Map.entry("firstline.team.seed", "dana:agent:dana-pass"),
                Map.entry("firstline.publish.target", "x"),
                Map.entry("firstline.x.api-base-url", X.baseUrl())));
        SETTINGS.putAll(Instance.QUICK_RECOVERY);
    }

    @AfterAll
    static void stopServices() {
        X.stop();
        KAFKA.stop();
    }

    @Test
    void killingAnInstanceLosesNoMentionAndPostsNoReplyTwice() throws Exception {
        List<Instance> started = startInstances("a", "b");
        try (Instance a = started.get(0)) {
            try (Instance b = started.get(1)) {
                var sending = CompletableFuture.supplyAsync(() -> workload.sendMentions(MENTIONS, a, b));
                await().atMost(RECOVERY).until(() -> workload.drafted(MENTIONS) >= MENTIONS / 4);
                assertTrue(b.stageMetric("firstline_stage_batch_sum", "triage") > 0, "b had triaged some");
                b.kill();
                assertTrue(workload.drafted(MENTIONS) < MENTIONS, "b killed mid-stream");
                assertEquals(Map.of(), workload.awaitDraftsOf(sending.get(), RECOVERY), "posts and their number of drafts");
            }
            X.createPostsButAnswerAfter(250);
            try (Instance b = startInstances("b-again").get(0)) {
                List<Long> drafts = approveAll(a);
                await().atMost(RECOVERY).until(() -> X.createdPosts().size() >= drafts.size() / 4);
                assertTrue(b.stageMetric("firstline_stage_seconds_count", "publish") > 0, "b-again had published some");
                b.kill();
                assertTrue(X.createdPosts().size() < drafts.size(), "b-again killed mid-stream");
            }
            await().atMost(RECOVERY).until(() -> workload.count("select count(*) from reply where status = 'SENT'") >= MENTIONS);
            var postsPerCustomerPost = X.createdPosts().stream()
                    .collect(Collectors.groupingBy(FakeXApi.CreatedPost::inReplyToId, Collectors.counting()));
            assertEquals(MENTIONS, postsPerCustomerPost.size(), "customer posts answered on X");
            assertTrue(postsPerCustomerPost.values().stream().allMatch(n -> n == 1),
                    "each answered once on X: " + postsPerCustomerPost);
            assertEquals(0, workload.count("select count(*) from reply where status <> 'SENT'"));
        }
    }

    @Test
    void whenTheInstancePollingXDiesTheOtherTakesOver() throws Exception {
        Map<String, String> polling = new HashMap<>(SETTINGS);
        polling.putAll(Map.of("firstline.x.enabled", "true", "firstline.x.poll.lease", "4s",
                "firstline.x.poll.busy-interval", "1s", "firstline.x.poll.quiet-interval", "1s",
                "firstline.x.poll.requests-per-15-min", "1000"));
        var customer = new MentionPages.User("4300000000000000001", "gate_b12", "Robin", 300);
        X.serveMentions(MentionPages.page().post("7100000000000000001", customer, "@LumenAir is LU 21 boarding yet?").json());
        List<Instance> started = Instance.startTogether(polling, "poll-a", "poll-b");
        try (Instance a = started.get(0); Instance b = started.get(1)) {
            await().atMost(RECOVERY).until(() -> workload.count("select count(*) from mention where post_id = '7100000000000000001'") == 1);
            long pollerPid = pollerPid();
            Instance poller = a.pid() == pollerPid ? a : b;
            Instance other = poller == a ? b : a;
            assertEquals(pollerPid, poller.pid(), "the lease names one of the two");
            poller.kill();

            X.serveMentions(MentionPages.page().post("7100000000000000002", customer, "@LumenAir still waiting at B12")
                    .post("7100000000000000001", customer, "@LumenAir is LU 21 boarding yet?").json());
            await().atMost(RECOVERY).until(() -> workload.count("select count(*) from mention where post_id = '7100000000000000002'") == 1);
            assertEquals(other.pid(), pollerPid());
        }
    }

    /** The process id in the poll lease's holder ("pid@host/uuid"). */
    private static long pollerPid() throws SQLException {
        String holder = workload.text("select holder from x_poll_lease");
        return Long.parseLong(holder.substring(0, holder.indexOf('@')));
    }

    private static List<Instance> startInstances(String... names) {
        List<Instance> instances = Instance.startTogether(SETTINGS, names);
        instances.forEach(i -> i.signIn("admin", "admin-pass")); // an admin: the test reads /q/metrics too
        return instances;
    }

    /** Approves every pending draft, each with words of its own (X refuses a duplicate text). */
    private static List<Long> approveAll(Instance instance) throws Exception {
        List<Long> drafts = workload.pendingDrafts(MENTIONS);
        assertEquals(MENTIONS, drafts.size(), "pending drafts");
        for (long draft : drafts) {
            int status = instance.postJson("/api/drafts/" + draft + "/approve",
                    "{\"text\":\"Thanks for telling us. We are looking into it now (ref " + draft + ").\"}");
            assertEquals(200, status, "approving draft " + draft);
        }
        return drafts;
    }
}
