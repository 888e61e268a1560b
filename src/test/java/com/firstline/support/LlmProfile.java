package com.firstline.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The LLM on, against the simulated LLM {@link FakeLlm}: it drafts, and it reads posts for triage
 * (the in-process heads taking over on any failure). One profile, so one Quarkus start serves the
 * drafting and the triage tests.
 */
public class LlmProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("firstline.triage.llm.enabled", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class));
    }
}
