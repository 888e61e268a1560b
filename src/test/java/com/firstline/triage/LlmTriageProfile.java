package com.firstline.triage;

import com.firstline.support.FakeLlm;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** Triage by the simulated LLM {@link FakeLlm}, with drafting by it too. */
public class LlmTriageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("firstline.triage.llm.enabled", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class));
    }
}
