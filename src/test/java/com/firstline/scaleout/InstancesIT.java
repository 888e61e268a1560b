package com.firstline.scaleout;

import com.firstline.x.FakeXApi;
import com.firstline.x.MentionPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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
    private static final String[] ASKS = {
            "is there wifi on LU %d to Oslo?", "my bag did not arrive in Rome on LU %d",
            "can I change my seat on LU %d please", "flight LU %d is delayed, will I make my connection?",
            "how much is an extra bag on LU %d?", "the meal on LU %d was not vegetarian as booked"};

    private static final InProcessKafka KAFKA = new InProcessKafka();
    private static final FakeXApi X = new FakeXApi();
    private static final Map<String, String> SETTINGS = new HashMap<>();

    @BeforeAll
    static void startServices() {
        SETTINGS.putAll(KAFKA.start());
        SETTINGS.putAll(new OwnDatabase().start());
        X.start();
        SETTINGS.putAll(Map.ofEntries(
                Map.entry("FIRSTLINE_ADMIN_PASSWORD", "admin-pass"),
                Map.entry("firstline.team.seed", "dana:agent:dana-pass"),
                Map.entry("firstline.publish.target", "x"),
                Map.entry("firstline.x.api-base-url", X.baseUrl()),
                Map.entry("firstline.x.brand-user-id", FakeXApi.BRAND_USER_ID),
                Map.entry("firstline.x.credentials.consumer-key", "test-consumer-key"),
                Map.entry("firstline.x.credentials.consumer-secret", "test-consumer-secret"),
                Map.entry("firstline.x.credentials.access-token", "test-access-token"),
                Map.entry("firstline.x.credentials.access-token-secret", "test-access-token-secret"),
                // Short waits so the test sees the recovery within minutes; production keeps the defaults.
                Map.entry("mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000"),
                Map.entry("mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000"),
                Map.entry("firstline.pipeline.stalled-after", "5s"),
                Map.entry("firstline.pipeline.sweep-every", "1s"),
                Map.entry("firstline.publish.claim-lease", "5s"),
                Map.entry("firstline.publish.retry-after", "1s"),
                // The posts below all arrive within seconds: they would look like an outage.
                Map.entry("firstline.incident.enabled", "false")));
    }

    @AfterAll
    static void stopServices() {
        X.stop();
        KAFKA.stop();
    }

    @Test
    void killingAnInstanceLosesNoMentionAndPostsNoReplyTwice() throws Exception {
        try (Instance a = startInstance("a")) {
            try (Instance b = startInstance("b")) {
                var sending = CompletableFuture.supplyAsync(() -> sendMentions(a, b));
                await().atMost(RECOVERY).until(() -> count("select count(*) from draft") >= MENTIONS / 4);
                assertTrue(b.stageMetric("firstline_stage_batch_sum", "triage") > 0, "b had triaged some");
                b.kill();
                assertTrue(count("select count(*) from draft") < MENTIONS, "b killed mid-stream");
                List<String> posts = sending.get();
                await().atMost(RECOVERY).until(() -> count("select count(*) from draft") >= posts.size());
                assertEquals(Map.of(), postsWithoutOneDraft(posts), "posts and their number of drafts");
            }
            X.createPostsButAnswerAfter(250);
            try (Instance b = startInstance("b-again")) {
                List<Long> drafts = approveAll(a);
                await().atMost(RECOVERY).until(() -> X.createdPosts().size() >= drafts.size() / 4);
                assertTrue(b.stageMetric("firstline_stage_seconds_count", "publish") > 0, "b-again had published some");
                b.kill();
                assertTrue(X.createdPosts().size() < drafts.size(), "b-again killed mid-stream");
            }
            await().atMost(RECOVERY).until(() -> count("select count(*) from reply where status = 'SENT'") >= MENTIONS);
            var postsPerCustomerPost = X.createdPosts().stream()
                    .collect(Collectors.groupingBy(FakeXApi.CreatedPost::inReplyToId, Collectors.counting()));
            assertEquals(MENTIONS, postsPerCustomerPost.size(), "customer posts answered on X");
            assertTrue(postsPerCustomerPost.values().stream().allMatch(n -> n == 1),
                    "each answered once on X: " + postsPerCustomerPost);
            assertEquals(0, count("select count(*) from reply where status <> 'SENT'"));
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
        try (Instance a = Instance.start("poll-a", polling); Instance b = Instance.start("poll-b", polling)) {
            await().atMost(RECOVERY).until(() -> count("select count(*) from mention where post_id = '7100000000000000001'") == 1);
            long pollerPid = pollerPid();
            Instance poller = a.pid() == pollerPid ? a : b;
            Instance other = poller == a ? b : a;
            assertEquals(pollerPid, poller.pid(), "the lease names one of the two");
            poller.kill();

            X.serveMentions(MentionPages.page().post("7100000000000000002", customer, "@LumenAir still waiting at B12")
                    .post("7100000000000000001", customer, "@LumenAir is LU 21 boarding yet?").json());
            await().atMost(RECOVERY).until(() -> count("select count(*) from mention where post_id = '7100000000000000002'") == 1);
            assertEquals(other.pid(), pollerPid());
        }
    }

    /** The process id in the poll lease's holder ("pid@host/uuid"). */
    private static long pollerPid() throws SQLException {
        try (Connection c = database(); ResultSet rows = c.createStatement().executeQuery("select holder from x_poll_lease")) {
            assertTrue(rows.next(), "a poll lease");
            String holder = rows.getString(1);
            return Long.parseLong(holder.substring(0, holder.indexOf('@')));
        }
    }

    private static Instance startInstance(String name) {
        Instance instance = Instance.start(name, SETTINGS);
        instance.signIn("dana", "dana-pass");
        return instance;
    }

    /**
     * Sends the mentions to the two instances in turn, as a load balancer would; once the second
     * stops answering, to the first only. Returns the post ids, all accepted.
     */
    private static List<String> sendMentions(Instance first, Instance second) {
        List<String> accepted = new ArrayList<>();
        boolean secondAnswers = true;
        for (int i = 0; i < MENTIONS; i++) {
            String postId = Long.toString(7_000_000_000_000_000_000L + i);
            String text = "@LumenAir " + ASKS[i % ASKS.length].formatted(100 + i);
            String json = """
                    {"id":"%s","text":"%s","author_id":"%d","conversation_id":"%s","created_at":"2026-11-23T08:00:00.000Z",
                     "lang":"en","author":{"id":"%d","username":"flyer%d","name":"Flyer %d","followers_count":120,"verified":false}}
                    """.formatted(postId, text, 4_200_000_000L + i, postId, 4_200_000_000L + i, i, i);
            Integer status = null;
            if (secondAnswers && i % 2 == 1) {
                status = sendOrNull(second, json);
                secondAnswers = status != null;
            }
            if (status == null) {
                status = sendOrNull(first, json);
            }
            // 200: the post was already stored, by an instance that died before it could answer.
            assertTrue(status != null && (status == 201 || status == 200), "mention " + i + ": " + status);
            accepted.add(postId);
        }
        return accepted;
    }

    private static Integer sendOrNull(Instance instance, String json) {
        try {
            return instance.postJson("/api/mentions", json);
        } catch (IOException e) {
            return null;
        }
    }

    /** Approves every pending draft, each with words of its own (X refuses a duplicate text). */
    private static List<Long> approveAll(Instance instance) throws Exception {
        List<Long> drafts = ids("select id from draft where status = 'PENDING' order by id");
        assertEquals(MENTIONS, drafts.size(), "pending drafts");
        for (long draft : drafts) {
            int status = instance.postJson("/api/drafts/" + draft + "/approve",
                    "{\"text\":\"Thanks for telling us. We are looking into it now (ref " + draft + ").\"}");
            assertEquals(200, status, "approving draft " + draft);
        }
        return drafts;
    }

    private static Map<String, Long> postsWithoutOneDraft(List<String> posts) throws SQLException {
        Map<String, Long> drafts = new HashMap<>();
        try (Connection c = database();
             ResultSet rows = c.createStatement().executeQuery("select m.post_id, count(d.id) from mention m "
                     + "left join draft d on d.mention_id = m.id group by m.post_id")) {
            while (rows.next()) {
                drafts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return posts.stream().filter(p -> drafts.getOrDefault(p, 0L) != 1)
                .collect(Collectors.toMap(p -> p, p -> drafts.getOrDefault(p, 0L)));
    }

    private static long count(String sql) throws SQLException {
        return ids(sql).get(0);
    }

    private static List<Long> ids(String sql) throws SQLException {
        try (Connection c = database(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(SETTINGS.get("FIRSTLINE_DB_URL"), SETTINGS.get("FIRSTLINE_DB_USER"), "");
    }
}
