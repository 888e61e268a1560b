package com.firstline.drafting;

import com.firstline.support.FakeLlm;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The suite's one extra profile: LLM drafting on, against the simulated LLM {@link FakeLlm}. */
public class LlmDraftingProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeLlm.class));
    }
}
