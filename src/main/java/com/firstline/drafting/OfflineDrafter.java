package com.firstline.drafting;

import com.firstline.knowledge.Passage;
import com.firstline.knowledge.ScoredPassage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts without an LLM: the knowledge-base passage that best answers the post, the sentences of
 * it that share most words with the customer's, and the customer's own details (name, flight)
 * in the templates of prompts/offline-replies.yaml.
 */
@ApplicationScoped
public class OfflineDrafter {

    private static final Pattern FLIGHT = Pattern.compile("\\b(LU) ?(\\d{2,4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

    private OfflineTemplates templates;

    @PostConstruct
    void load() {
        templates = OfflineTemplates.load();
    }

    public ProposedReply draft(ReplyContext context) {
        OfflineTemplates.IntentTemplate template = templates.forIntent(context.intent());
        ScoredPassage best = bestPassage(context);
        String opening = templates.opening(context.sentiment(), context.mentionId())
                .replace("{name}", firstName(context.customerName()));
        String body = template.body()
                .replace("{flight}", flight(context.text()))
                .replace("{dm}", template.dm() ? templates.dm() : "");
        List<String> facts = best == null ? List.of() : relevantSentences(best.passage(), context.text());
        String text = fitted(context.handle(), opening, body, facts);
        List<String> sources = best == null ? List.of() : List.of(best.passage().source());
        double confidence = best == null ? 0.2 : (context.intentScore() + Math.max(0, best.score())) / 2;
        return new ProposedReply(text, sources, Math.min(1.0, confidence), template.dm(), DraftedBy.OFFLINE);
    }

    /** The closest passage from an article about the post's intent; any close passage otherwise. */
    private static ScoredPassage bestPassage(ReplyContext context) {
        return context.passages().stream()
                .filter(p -> p.passage().answers(context.intent().name()))
                .findFirst()
                .orElse(context.passages().isEmpty() ? null : context.passages().get(0));
    }

    /** The passage's sentences ordered by how many of the customer's words they share, ties in reading order. */
    static List<String> relevantSentences(Passage passage, String customerText) {
        Set<String> customerWords = words(customerText);
        List<String> sentences = Arrays.asList(SENTENCE_END.split(passage.text()));
        List<String> ranked = new ArrayList<>(sentences);
        ranked.sort(Comparator.comparingInt((String s) -> -overlap(words(s), customerWords)));
        return ranked;
    }

    /** Adds the most relevant fact sentences that still fit one post; a sentence too long is skipped, not cut. */
    private static String fitted(String handle, String opening, String body, List<String> facts) {
        String reply = compose(opening, body, "");
        StringBuilder fact = new StringBuilder();
        for (String sentence : facts) {
            String candidate = fact.isEmpty() ? sentence : fact + " " + sentence;
            String longer = compose(opening, body, candidate);
            if (!PostLength.fits(handle, longer)) {
                continue;
            }
            fact.setLength(0);
            fact.append(candidate);
            reply = longer;
        }
        return reply;
    }

    private static String compose(String opening, String body, String fact) {
        return (opening + " " + body.replace("{fact}", fact)).replaceAll("\\s+", " ").strip();
    }

    static String firstName(String name) {
        if (name == null) {
            return "there";
        }
        String first = name.strip().split("\\s+")[0];
        return first.matches("\\p{L}[\\p{L}'-]{0,30}") ? first : "there";
    }

    static String flight(String text) {
        Matcher m = FLIGHT.matcher(text);
        return m.find() ? "LU " + m.group(2) : "your flight";
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared;
    }
}
