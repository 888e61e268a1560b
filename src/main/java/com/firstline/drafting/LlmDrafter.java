package com.firstline.drafting;

import com.firstline.common.PromptData;
import com.firstline.knowledge.ScoredPassage;
import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Drafts with the configured OpenAI-compatible LLM. The output guardrail has already blocked (and
 * re-asked for) any reply that breaks a rule. Only sources that were actually offered to the model
 * are kept: a cited id the model made up is dropped, not trusted.
 */
@ApplicationScoped
public class LlmDrafter {

    private static final Logger LOG = Logger.getLogger(LlmDrafter.class);

    @Inject
    ReplyWriter writer;

    @Inject
    IntentInstructions instructions;

    @Inject
    OfflineDrafter offline;

    @Inject
    MeterRegistry metrics;

    /**
     * The LLM's draft, or the offline drafter's when the LLM fails (error, nonsense, a rule it keeps
     * breaking), takes longer than the timeout, or has failed so often lately that the circuit is
     * open: then every draft is written offline at once, and a trial call now and then closes the
     * circuit again once the LLM answers. The timings are set in application.properties.
     */
    @Timed(value = "firstline.llm.draft", description = "LLM drafting calls, guardrail retries included", histogram = true)
    @Timeout(60_000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1)
    @Fallback(fallbackMethod = "draftOffline")
    public ProposedReply draft(ReplyContext context, MacroChoice choice) {
        String passages = passages(context.passages());
        ReplyWriter.LlmReply reply = writer.write(PromptData.of(context.handle()),
                PromptData.of(String.valueOf(context.customerName())), context.intent().name(),
                context.sentiment().name(), instructions.forIntent(context.intent()),
                PromptData.of(String.join("\n", context.thread())), PromptData.of(context.text()), passages,
                macros(choice));
        if (reply == null || reply.reply() == null || reply.reply().isBlank()) {
            throw new IllegalStateException("The LLM returned no reply text");
        }
        // The confidence the autopilot compares is the in-process macro match's, never the model's
        // own score: a post could talk the model into being sure.
        return new ProposedReply(withoutHandle(context.handle(), reply.reply().strip()),
                offeredOnly(reply.sources(), passages), choice.confidence(), reply.needsDm(), DraftedBy.LLM, choice);
    }

    ProposedReply draftOffline(ReplyContext context, MacroChoice choice, Throwable failure) {
        metrics.counter("firstline.llm.failures").increment();
        LOG.warnf("LLM drafting failed for mention %d, drafting offline: %s", context.mentionId(), failure.toString());
        return offline.draft(context, choice);
    }

    /** The chosen macro and the next closest, each as its title and first reply variant. */
    private static String macros(MacroChoice choice) {
        return Stream.concat(Stream.ofNullable(choice.macro()), choice.alternatives().stream().map(MacroMatch::macro))
                .filter(m -> !m.replies().isEmpty())
                .map(m -> "- " + m.title() + ": " + m.replies().get(0))
                .collect(Collectors.joining("\n"));
    }

    private static String passages(List<ScoredPassage> passages) {
        return passages.stream()
                .map(p -> "[" + p.passage().source() + "] " + p.passage().heading() + ": " + p.passage().text())
                .collect(Collectors.joining("\n"));
    }

    /** The cited ids that were among the passages offered to the model, each once. */
    static List<String> offeredOnly(List<String> cited, String offeredPassages) {
        return cited == null ? List.of()
                : cited.stream().filter(s -> s != null && offeredPassages.contains("[" + s + "]")).distinct().toList();
    }

    /** Models often start with the handle themselves; it is added once when posting. */
    static String withoutHandle(String handle, String text) {
        String prefix = "@" + handle;
        return text.regionMatches(true, 0, prefix, 0, prefix.length()) ? text.substring(prefix.length()).strip() : text;
    }
}
