package com.firstline.drafting;

import com.firstline.knowledge.ScoredPassage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts with the configured OpenAI-compatible LLM. Only sources that were actually offered to
 * the model are kept: a cited id the model made up is dropped, not trusted.
 */
@ApplicationScoped
public class LlmDrafter {

    @Inject
    ReplyWriter writer;

    public ProposedReply draft(ReplyContext context) {
        ReplyWriter.LlmReply reply = writer.write(context.handle(), String.valueOf(context.customerName()),
                context.intent().name(), String.join("\n", context.thread()), context.text(),
                passages(context.passages()));
        if (reply == null || reply.reply() == null || reply.reply().isBlank()) {
            throw new IllegalStateException("The LLM returned no reply text");
        }
        Set<String> offered = context.passages().stream().map(p -> p.passage().source()).collect(Collectors.toSet());
        List<String> cited = reply.sources() == null ? List.of()
                : reply.sources().stream().filter(offered::contains).distinct().toList();
        double confidence = Math.max(0, Math.min(1, reply.confidence()));
        return new ProposedReply(stripHandle(context.handle(), reply.reply().strip()), cited, confidence,
                reply.needsDm(), DraftedBy.LLM);
    }

    private static String passages(List<ScoredPassage> passages) {
        return passages.stream()
                .map(p -> "[" + p.passage().source() + "] " + p.passage().heading() + ": " + p.passage().text())
                .collect(Collectors.joining("\n"));
    }

    /** Models often start with the handle themselves; it is added once when posting. */
    private static String stripHandle(String handle, String text) {
        String prefix = "@" + handle;
        return text.regionMatches(true, 0, prefix, 0, prefix.length()) ? text.substring(prefix.length()).strip() : text;
    }
}
