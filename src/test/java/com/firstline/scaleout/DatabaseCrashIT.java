package com.firstline.scaleout;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL crashes (stopped without a clean shutdown) and is started again while two Firstline
 * processes take in, triage and draft mentions. Requests that fail meanwhile are refused with an
 * error, and their clients offer the post again; work that failed half-way is offered again by the
 * sweeps. Afterwards every mention accepted has exactly one draft. The server is the test's own
 * ({@link PrivatePostgres}), so the machine's server is not touched.
 */
class DatabaseCrashIT {

    private static final int MENTIONS = 150;
    private static final Duration RECOVERY = Duration.ofMinutes(2);

    private static final InProcessKafka KAFKA = new InProcessKafka();
    private static PrivatePostgres database;
    private static final Map<String, String> SETTINGS = new HashMap<>();

    @BeforeAll
    static void startServices() {
        SETTINGS.putAll(KAFKA.start());
        database = PrivatePostgres.start();
        SETTINGS.putAll(Map.of("FIRSTLINE_DB_URL", database.url(), "FIRSTLINE_DB_USER", "postgres",
                "FIRSTLINE_ADMIN_PASSWORD", "admin-pass", "firstline.team.seed", "dana:agent:dana-pass"));
        SETTINGS.putAll(Instance.QUICK_RECOVERY);
    }

    @AfterAll
    static void stopServices() {
        KAFKA.stop();
        database.close();
    }

    @Test
    void aDatabaseCrashMidStreamLosesNoMentionAndDraftsNoneTwice() throws Exception {
        Workload workload = new Workload(database.url(), 7_200_000_000_000_000_000L);
        List<Instance> started = Instance.startTogether(SETTINGS, "db-a", "db-b");
        try (Instance a = started.get(0); Instance b = started.get(1)) {
            a.signIn("dana", "dana-pass");
            b.signIn("dana", "dana-pass");
            var sending = CompletableFuture.supplyAsync(() -> workload.sendMentions(MENTIONS, a, b));
            await().atMost(RECOVERY).until(() -> workload.drafted(MENTIONS) >= MENTIONS / 4);
            database.crashAndRestart();
            assertTrue(workload.drafted(MENTIONS) < MENTIONS, "crashed mid-stream");
            assertEquals(Map.of(), workload.awaitDraftsOf(sending.get(), RECOVERY), "posts and their number of drafts");
        }
    }
}
