package com.firstline.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;

import java.util.Map;

/** {@link PipelineBench} on the embedded defaults: an H2 file and in-process channels. */
@QuarkusTest
@TestProfile(EmbeddedPipelineBench.H2File.class)
@Tag("bench")
class EmbeddedPipelineBench extends PipelineBench {

    /**
     * The embedded set-up's H2 file database (a fresh one under target/), not the tests' in-memory
     * one, and incident detection on, as the embedded set-up has it.
     */
    public static class H2File implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:./target/bench-h2/firstline-" + System.currentTimeMillis() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                    "firstline.incident.enabled", "true");
        }
    }

    @Override
    String setUp() {
        return "embedded: H2 file, in-process channels";
    }
}
