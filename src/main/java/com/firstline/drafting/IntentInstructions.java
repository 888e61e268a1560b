package com.firstline.drafting;

import com.firstline.triage.Intent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** How to answer each topic, from prompts/intent-instructions.yaml, given to the LLM with each post. */
@ApplicationScoped
public class IntentInstructions {

    static final String RESOURCE = "prompts/intent-instructions.yaml";

    private Map<Intent, String> byIntent;

    @PostConstruct
    void load() {
        byIntent = PromptFiles.yaml(RESOURCE, PromptFiles.types().constructMapType(Map.class, Intent.class, String.class));
    }

    public String forIntent(Intent intent) {
        return byIntent.getOrDefault(intent, byIntent.getOrDefault(Intent.OTHER, "")).strip();
    }
}
