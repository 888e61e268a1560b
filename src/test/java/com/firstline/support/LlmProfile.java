package com.firstline.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The LLM on, against the simulated LLM {@link FakeLlm}: it drafts, and it reads posts for triage
 * (the in-process heads taking over on any failure). One profile, so one Quarkus start serves the
 * drafting and the triage tests. Signed-in form sessions are short here (3 s without a request),
 * so the session-timeout test shares this start too; the LLM tests sign in with HTTP Basic.
 */
public class LlmProfile implements QuarkusTestProfile {

    /** quarkus.http.auth.form.timeout in this profile. */
    public static final String SHORT_SESSION = "3s";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("firstline.triage.llm.enabled", "true",
                "quarkus.http.auth.form.timeout", SHORT_SESSION,
                "quarkus.http.auth.form.new-cookie-interval", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class));
    }
}
