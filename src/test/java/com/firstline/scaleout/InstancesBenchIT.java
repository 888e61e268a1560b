package com.firstline.scaleout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.firstline.bench.Datasets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Throughput of one and of two Firstline processes of the production build on PostgreSQL and
 * Kafka, fed the real airline posts over HTTP ({@code POST /api/mentions}, 4 requests in flight,
 * spread over the instances as a load balancer would). Each set-up first takes a warm-up share
 * of the posts, then the measured share; the figure is the measured posts over the time from the
 * first one sent to the last one queued. {@code bench/instances.sh} runs it and prints the table.
 * {@code -Dbench.posts=N} sets the measured posts per set-up (default 3,000).
 */
@Tag("bench")
class InstancesBenchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENDERS = 4;

    @Test
    void oneInstanceThenTwo() throws Exception {
        List<String> texts = Datasets.airlineCustomerPosts();
        // Two set-ups, each a third more for warm-up: 8/3 of the measured share in all.
        int posts = Math.min(texts.size() * 3 / 8, Integer.getInteger("bench.posts", 3000));
        int warmUp = posts / 3;
        InProcessKafka kafka = new InProcessKafka();
        Map<String, String> settings = new HashMap<>(kafka.start());
        settings.putAll(new OwnDatabase().start());
        settings.putAll(Map.of("FIRSTLINE_ADMIN_PASSWORD", "admin-pass", "firstline.team.seed", "dana:agent:dana-pass",
                "firstline.incident.enabled", "false"));
        Workload database = new Workload(settings.get("FIRSTLINE_DB_URL"), 0);
        List<String> rows = new ArrayList<>();
        try (Instance first = signedIn(Instance.start("bench-1", settings))) {
            send(List.of(first), texts.subList(0, warmUp), "71", database);
            double one = send(List.of(first), texts.subList(warmUp, warmUp + posts), "72", database);
            rows.add(row(1, posts, one, one));
            try (Instance second = signedIn(Instance.start("bench-2", settings))) {
                int next = warmUp + posts;
                send(List.of(second), texts.subList(next, next + warmUp), "73", database);
                double two = send(List.of(first, second), texts.subList(next + warmUp, next + warmUp + posts), "74", database);
                rows.add(row(2, posts, two, one));
            }
        } finally {
            kafka.stop();
        }
        System.out.println("| instances | mentions | mentions/s | ÷ one instance | cores |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String row(int instances, int posts, double perSecond, double one) {
        return String.format(Locale.ROOT, "| %d | %d | %.0f | %.2f | %d |", instances, posts, perSecond, perSecond / one,
                Runtime.getRuntime().availableProcessors());
    }

    private static Instance signedIn(Instance instance) {
        instance.signIn("dana", "dana-pass");
        return instance;
    }

    /**
     * Sends the texts as posts with ids starting with {@code prefix}; returns mentions queued per
     * second. A post intake refuses (no visible text, say) is not counted.
     */
    private static double send(List<Instance> instances, List<String> texts, String prefix, Workload database)
            throws Exception {
        long start = System.nanoTime();
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int i = 0; i < texts.size(); i++) {
            Instance to = instances.get(i % instances.size());
            String json = post(prefix, i, texts.get(i));
            senders.submit(() -> accepted.addAndGet(to.postJson("/api/mentions", json) == 201 ? 1 : 0));
        }
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.HOURS);
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(250))
                .until(() -> queued(database, prefix) >= accepted.get());
        return accepted.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Mentions of the run in the queue: drafted, or triaged as spam (which gets no draft). */
    private static long queued(Workload database, String prefix) throws SQLException {
        return database.count("select count(*) from mention m where m.post_id like '" + prefix + "%' and (exists"
                + " (select 1 from draft d where d.mention_id = m.id) or exists (select 1 from triage t"
                + " where t.mention_id = m.id and t.intent = 'SPAM'))");
    }

    private static String post(String prefix, int i, String text) throws IOException {
        String id = prefix + String.format(Locale.ROOT, "%017d", i);
        String author = Long.toString(5_000_000_000L + i);
        return JSON.writeValueAsString(Map.of("id", id, "text", text, "author_id", author, "conversation_id", id,
                "created_at", "2026-11-23T08:00:00.000Z", "lang", "en",
                "author", Map.of("id", author, "username", "customer" + i, "name", "Customer " + i,
                        "followers_count", 100, "verified", false)));
    }
}
