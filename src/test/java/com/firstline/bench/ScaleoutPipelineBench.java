package com.firstline.bench;

import com.firstline.scaleout.InProcessKafka;
import com.firstline.scaleout.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;

import java.util.List;
import java.util.Map;

/**
 * {@link PipelineBench} on the production profile: PostgreSQL (127.0.0.1:5432, a database of its
 * own) and every hand-off through a Kafka broker running in the same JVM (its memory counts in the
 * RSS column). One instance: the consumer group has one member.
 */
@QuarkusTest
@TestProfile(ScaleoutPipelineBench.Production.class)
@Tag("bench")
@Tag("scaleout")
class ScaleoutPipelineBench extends PipelineBench {

    /** The scaleout profile as shipped (sweep timings included), with the test's broker and database. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "scaleout";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%scaleout.quarkus.http.test-port", "0", "FIRSTLINE_ADMIN_PASSWORD", "bench-admin-pass");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(InProcessKafka.class), new TestResourceEntry(OwnDatabase.class));
        }
    }

    @Override
    String setUp() {
        return "scaleout: PostgreSQL, Kafka, 1 instance";
    }
}
