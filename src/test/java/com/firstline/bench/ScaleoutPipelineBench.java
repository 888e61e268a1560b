package com.firstline.bench;

import com.firstline.scaleout.ScaleoutProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;

import java.util.Map;

/**
 * {@link PipelineBench} on the production profile: PostgreSQL (127.0.0.1:5432, a database of its
 * own) and every hand-off through a Kafka broker running in the same JVM (its memory counts in the
 * RSS column). One instance: the consumer group has one member.
 */
@QuarkusTest
@TestProfile(ScaleoutPipelineBench.Production.class)
@Tag("scaleout-bench")
class ScaleoutPipelineBench extends PipelineBench {

    /** The test profile's broker and database, with the sweep's timings as shipped. */
    public static class Production extends ScaleoutProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%scaleout.quarkus.http.test-port", "0", "FIRSTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "%scaleout.quarkus.http.auth.session.encryption-key", SESSION_KEY);
        }
    }

    @Override
    String setUp() {
        return "scaleout: PostgreSQL, Kafka, 1 instance";
    }
}
