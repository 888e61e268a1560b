package com.firstline.scaleout;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The production profile itself ({@code scaleout}: PostgreSQL, channels on Kafka) against a real
 * in-process Kafka broker and a PostgreSQL database of its own. Only what a test run needs is
 * overridden: a free port, test accounts, a quick sweep, quick shutdown of Kafka clients, and
 * a triage channel a test can pause.
 */
public class ScaleoutProfile implements QuarkusTestProfile {

    public static final String ADMIN_PASSWORD = "admin-pass";
    public static final String SESSION_KEY = UUID.randomUUID() + "-" + UUID.randomUUID();

    @Override
    public String getConfigProfile() {
        return "scaleout";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "%scaleout.quarkus.http.test-port", "0",
                "FIRSTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // production refuses to start without a session key
                "%scaleout.quarkus.http.auth.session.encryption-key", SESSION_KEY,
                "%scaleout.firstline.team.seed", "dana:agent:dana-pass",
                "%scaleout.firstline.pipeline.stalled-after", "3s",
                "%scaleout.firstline.pipeline.sweep-every", "1s",
                // more than one, so two consumers of the group can share a topic; not the default, so a test can tell
                "%scaleout.firstline.kafka.topics.partitions", "4",
                "%scaleout.firstline.kafka.topics.dead-letter-partitions", "2",
                "%scaleout.mp.messaging.connector.smallrye-kafka.close-timeout", "500",
                // lets a fault test hold back triage's deliveries while it takes the database away
                "%scaleout.mp.messaging.incoming.mentions.pausable", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(InProcessKafka.class), new TestResourceEntry(OwnDatabase.class));
    }
}
