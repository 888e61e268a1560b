package com.firstline.triage;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;

/**
 * The LLM that reads a post's topic and mood, with its prompts kept as files in prompts/. The post
 * is a template variable inside a marked data block, never part of the instructions.
 */
@RegisterAiService
public interface PostReader {

    @SystemMessage(fromResource = "prompts/triage-system.txt")
    @UserMessage(fromResource = "prompts/triage-post.txt")
    Reading read(@V("post") String post);

    /** The structured answer the model returns. */
    record Reading(Intent intent, double intentConfidence, Sentiment sentiment, double sentimentConfidence) {

        Scored<Intent> scoredIntent() {
            return new Scored<>(intent, unit(intentConfidence));
        }

        Scored<Sentiment> scoredSentiment() {
            return new Scored<>(sentiment, unit(sentimentConfidence));
        }

        /** Models sometimes answer 85 for 0.85, or nothing sensible: kept within 0..1. */
        private static double unit(double confidence) {
            double scaled = confidence > 1 && confidence <= 100 ? confidence / 100 : confidence;
            return Double.isNaN(scaled) ? 0 : Math.max(0, Math.min(1, scaled));
        }
    }
}
