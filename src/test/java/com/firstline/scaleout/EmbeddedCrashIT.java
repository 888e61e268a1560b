package com.firstline.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.firstline.x.FakeXApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default (H2 file, in-process channels) is killed without warning (SIGKILL) straight
 * after answering 2xx, and what it acknowledged must be on disk: mentions it took in, approvals it
 * confirmed, and a reply it recorded as sent on (a fake) X. After a restart every approved reply is
 * posted on X exactly once, and the session signed in before the kill still holds. The database file is read by the test itself while the process is dead.
 */
class EmbeddedCrashIT {

    private static final Path WORK = Path.of("target/instances/embedded-crash");
    private static final Duration RECOVERY = Duration.ofMinutes(2);
    private static final int BATCH = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final FakeXApi X = new FakeXApi();
    private static final Map<String, String> SETTINGS = new HashMap<>();

    @BeforeAll
    static void startServices() throws IOException {
        deleteRecursively(WORK);
        X.start();
        SETTINGS.putAll(FakeXApi.brandAccount());
        SETTINGS.putAll(Instance.QUICK_RECOVERY);
        SETTINGS.putAll(Map.of("FIRSTLINE_ADMIN_PASSWORD", "admin-pass",
                "firstline.team.seed", "dana:agent:dana-pass",
                "firstline.demo.enabled", "false",
                "firstline.demo.history.days", "0",
                "firstline.publish.target", "x",
                "firstline.x.api-base-url", X.baseUrl(),
                // posting on X needs a session key from the environment
                "quarkus.http.auth.session.encryption-key", UUID.randomUUID() + "-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopServices() {
        X.stop();
    }

    @Test
    void whatWasAcknowledgedSurvivesAKillAndSessionsARestart() throws Exception {
        Workload workload = new Workload("jdbc:h2:file:" + WORK.toAbsolutePath() + "/data/firstline", "firstline",
                7_300_000_000_000_000_000L);
        List<Long> approved = new ArrayList<>();
        Instance a = start("embedded-a");
        try (a) {
            workload.sendMentions(BATCH, a, a);
            await().atMost(RECOVERY).until(() -> pendingDrafts(a).size() == BATCH);
            List<JsonNode> drafts = pendingDrafts(a);
            approve(a, drafts.get(0), approved);
            long sentCase = drafts.get(0).get("caseId").asLong();
            await().atMost(RECOVERY).until(() -> replyStatuses(a, sentCase).equals(List.of("SENT")));
            for (JsonNode draft : drafts.subList(1, BATCH)) {
                approve(a, draft, approved);
            }
            workload.sendMentions(BATCH, BATCH, a, a);
            a.kill();
        }
        assertEquals(2 * BATCH, workload.count("select count(*) from mention"), "mentions taken in");
        assertEquals(BATCH, workload.count("select count(*) from draft where status = 'APPROVED'"), "approved drafts");
        assertEquals(BATCH, workload.count("select count(*) from reply"), "replies queued");
        assertEquals(approved.get(0), workload.count("select draft_id from reply where status = 'SENT'"), "the reply marked sent");

        try (Instance b = Instance.startEmbedded("embedded-b", WORK, SETTINGS)) {
            b.shareSessionOf(a);
            await().atMost(RECOVERY).until(() -> X.createdPosts().size() >= BATCH);
            await().atMost(RECOVERY).until(() -> pendingDrafts(b).size() == BATCH);
            b.kill();
        }
        var postsPerCustomerPost = X.createdPosts().stream()
                .collect(Collectors.groupingBy(FakeXApi.CreatedPost::inReplyToId, Collectors.counting()));
        assertEquals(BATCH, postsPerCustomerPost.size(), "customer posts answered on X");
        assertTrue(postsPerCustomerPost.values().stream().allMatch(n -> n == 1), "each answered once: " + postsPerCustomerPost);
    }

    /** With no key configured (and X off), the embedded default makes one on its first start and keeps it. */
    @Test
    void aSessionOutlivesARestartOnTheKeyTheFirstStartMade() throws IOException {
        Path work = WORK.resolveSibling("embedded-session");
        deleteRecursively(work);
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.keySet().removeAll(Set.of("quarkus.http.auth.session.encryption-key", "firstline.publish.target"));
        Instance first = Instance.startEmbedded("embedded-session-1", work, settings);
        first.signIn("dana", "dana-pass");
        first.kill();
        try (Instance second = Instance.startEmbedded("embedded-session-2", work, settings)) {
            second.shareSessionOf(first);
            second.get("/api/drafts");
        }
        Path keyFile = work.resolve("data/session.key");
        String key = Files.readString(keyFile).strip();
        assertTrue(key.length() >= 32, "a strong key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        for (String name : List.of("embedded-session-1", "embedded-session-2")) {
            String log = Files.readString(Path.of("target/instances", name + ".log"));
            assertFalse(log.contains(key), "the key in the log of " + name);
            assertFalse(log.contains("using temporary key"), "Quarkus made (and logged) a key of its own: " + name);
        }
    }

    private static Instance start(String name) {
        Instance instance = Instance.startEmbedded(name, WORK, SETTINGS);
        instance.signIn("dana", "dana-pass");
        return instance;
    }

    private static List<JsonNode> pendingDrafts(Instance instance) throws IOException {
        List<JsonNode> drafts = new ArrayList<>();
        JSON.readTree(instance.get("/api/drafts?status=PENDING")).forEach(drafts::add);
        drafts.sort(Comparator.comparingLong(d -> d.get("id").asLong()));
        return drafts;
    }

    private static List<String> replyStatuses(Instance instance, long caseId) throws IOException {
        List<String> statuses = new ArrayList<>();
        JSON.readTree(instance.get("/api/cases/" + caseId)).get("replies").forEach(r -> statuses.add(r.get("status").asText()));
        return statuses;
    }

    /** Approves with words of its own (X refuses a duplicate text) and keeps the id once it is confirmed. */
    private static void approve(Instance instance, JsonNode draft, List<Long> approved) throws IOException {
        long id = draft.get("id").asLong();
        int status = instance.postJson("/api/drafts/" + id + "/approve",
                "{\"text\":\"Thanks for telling us. We are looking into it now (ref " + id + ").\"}");
        assertEquals(200, status, "approving draft " + id);
        approved.add(id);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
