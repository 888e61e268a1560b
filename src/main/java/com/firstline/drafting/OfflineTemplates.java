package com.firstline.drafting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The offline drafter's wording, read from prompts/offline-replies.yaml so support leads can edit it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OfflineTemplates(Map<Sentiment, List<String>> openings, String dm,
                        @JsonProperty("trouble_words") List<String> troubleWords,
                        Map<Intent, IntentTemplate> intents) {

    static final String RESOURCE = "prompts/offline-replies.yaml";

    /**
     * @param about what the post is about, for the opening ("the disruption{on_flight}")
     * @param body  the reply after the opening
     * @param dm    whether the reply invites a DM for private details
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record IntentTemplate(String about, String body, boolean dm) {
    }

    static OfflineTemplates load() {
        return PromptFiles.yaml(RESOURCE, OfflineTemplates.class);
    }

    /** Matches a post that says something went wrong, by the file's trouble words. */
    Pattern trouble() {
        return Pattern.compile("\\b(" + String.join("|", troubleWords.stream().map(Pattern::quote).toList()) + ")",
                Pattern.CASE_INSENSITIVE);
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
