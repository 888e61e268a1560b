package com.firstline.drafting;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.firstline.triage.Intent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** How to answer each topic, from prompts/intent-instructions.yaml, given to the LLM with each post. */
@ApplicationScoped
public class IntentInstructions {

    static final String RESOURCE = "prompts/intent-instructions.yaml";

    private Map<Intent, String> byIntent;

    @PostConstruct
    void load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            byIntent = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<Intent, String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public String forIntent(Intent intent) {
        return byIntent.getOrDefault(intent, byIntent.getOrDefault(Intent.OTHER, "")).strip();
    }
}
