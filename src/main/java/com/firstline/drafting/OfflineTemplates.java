package com.firstline.drafting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The offline drafter's wording, read from prompts/offline-replies.yaml so support leads can edit it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OfflineTemplates(Map<Sentiment, List<String>> openings, String dm, Map<Intent, IntentTemplate> intents) {

    static final String RESOURCE = "prompts/offline-replies.yaml";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IntentTemplate(String body, boolean dm) {
    }

    static OfflineTemplates load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, OfflineTemplates.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    IntentTemplate forIntent(Intent intent) {
        return intents.getOrDefault(intent, intents.get(Intent.OTHER));
    }

    /** A stable choice per mention, so a re-draft reads the same but neighbours differ. */
    String opening(Sentiment sentiment, long seed) {
        List<String> choices = openings.get(sentiment);
        return choices.get((int) Math.floorMod(seed, (long) choices.size()));
    }
}
