package com.firstline.drafting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.triage.Sentiment;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * Blocks an LLM reply that breaks a rule for public replies and asks the model again, saying
 * which rule it broke. Malformed JSON is asked for again the same way. When the retries
 * ({@code quarkus.langchain4j.guardrails.max-retries}) run out, the call fails and the offline
 * drafter answers instead: a reply that failed the checks never reaches the queue from here.
 */
@ApplicationScoped
public class ReplyGuardrail implements OutputGuardrail {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    ReplyGuard guard;

    @Override
    public OutputGuardrailResult validate(OutputGuardrailRequest request) {
        Map<String, Object> input = request.requestParams().variables();
        ReplyWriter.LlmReply reply = parse(request.responseFromLLM().aiMessage().text());
        if (reply == null || reply.reply() == null || reply.reply().isBlank()) {
            return reprompt("The reply was not the JSON object asked for",
                    "Answer with only a JSON object with the fields reply, sources and needsDm.");
        }
        String handle = String.valueOf(input.get("handle"));
        List<String> problems = guard.problems(handle, LlmDrafter.withoutHandle(handle, reply.reply().strip()),
                String.valueOf(input.get("post")), sentiment(input.get("sentiment")),
                LlmDrafter.offeredOnly(reply.sources(), String.valueOf(input.get("passages"))));
        if (problems.isEmpty()) {
            return success();
        }
        return reprompt("The reply broke the rules for public replies: " + String.join(" ", problems),
                "Your reply broke these rules: " + String.join(" ", problems)
                        + " Write it again so it keeps every rule, using only the passages given,"
                        + " and answer with only the JSON object.");
    }

    static ReplyWriter.LlmReply parse(String text) {
        if (text == null) {
            return null;
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            return null;
        }
        try {
            return JSON.readValue(text.substring(start, end + 1), ReplyWriter.LlmReply.class);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static Sentiment sentiment(Object value) {
        try {
            return Sentiment.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
