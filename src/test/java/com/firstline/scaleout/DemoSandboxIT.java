package com.firstline.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo as a new user starts it (the embedded build, demo on), and the demo kept away from
 * real X: a start that combines the two is refused with a reason.
 */
class DemoSandboxIT {

    private static final Path WORK = Path.of("target/instances");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDemoWithPostingOnXRefusesToStartAndSaysWhy() throws Exception {
        String name = "demo-on-x-" + UUID.randomUUID();
        var refused = assertThrows(IllegalStateException.class, () -> Instance.startEmbedded(name, WORK.resolve(name), Map.of("FIRSTLINE_PUBLISH_TARGET", "x",
                        "quarkus.http.auth.session.encryption-key", UUID.randomUUID() + "-" + UUID.randomUUID())));
        assertTrue(refused.getMessage().contains("exited"), refused.getMessage());
        String log = Files.readString(WORK.resolve(name + ".log"));
        assertTrue(log.contains("Refusing to start: the demo (its replayed posts, simulated history and demo accounts)"
                + " is on together with posting on X (FIRSTLINE_PUBLISH_TARGET=x)"), "the reason is in the log");
    }

    /**
     * The simulated history sends a few days of posts through the real pipeline at start: they
     * arrive on the days they were written, so they open no incident, and each is decided, so none
     * waits in today's queue as a copy of a demo post.
     */
    @Test
    void theDemosHistoryOpensNoIncidentAndLeavesNoCopiesInTheQueue() throws Exception {
        String name = "demo-" + UUID.randomUUID();
        Path work = WORK.resolve(name);
        Map<String, String> demo = Map.of(
                "firstline.demo.every", "1h");
        try (Instance instance = Instance.startEmbedded(name, work, demo)) {
            instance.signIn("supervisor", "firstline-demo");
            Path log = WORK.resolve(name + ".log");
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> Files.readString(log).contains("Simulated demo history:"));
            assertEquals(List.of(), titles(JSON.readTree(instance.get("/api/incidents"))), "incidents opened");
            List<String> queued = new ArrayList<>();
            JSON.readTree(instance.get("/api/drafts?limit=1000")).forEach(d -> queued.add(d.get("postId").asText()));
            assertEquals(List.of(), queued.stream().filter(id -> id.startsWith("77")).toList(),
                    "simulated posts still in the queue");
        }
    }

    private static List<String> titles(JsonNode incidents) {
        List<String> titles = new ArrayList<>();
        incidents.forEach(i -> titles.add(i.get("title").asText()));
        return titles;
    }
}
