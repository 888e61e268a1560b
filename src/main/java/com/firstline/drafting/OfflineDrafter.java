package com.firstline.drafting;

import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.ScoredPassage;
import com.firstline.knowledge.ScoredSentence;
import com.firstline.triage.Sentiment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts without an LLM: the knowledge-base passage about the post's intent whose sentences come
 * closest in meaning to the post, those sentences first, and the customer's own details (name,
 * flight, what went wrong) in the templates of prompts/offline-replies.yaml. A sentence that would
 * make the reply fail a reply check (a generic form, a private-data ask) is left out.
 */
@ApplicationScoped
public class OfflineDrafter {

    /** A flight number as customers write it: "LU 482", "LU482", "DL4047"; or "flight 2222". */
    private static final Pattern FLIGHT = Pattern.compile("\\b([A-Z]{2}) ?(\\d{2,4})\\b|\\b[Ff]light #?(\\d{2,4})\\b");

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    ReplyGuard guard;

    private OfflineTemplates templates;
    private Pattern trouble;

    @PostConstruct
    void load() {
        templates = OfflineTemplates.load();
        trouble = templates.trouble();
    }

    /** A passage and its sentences, closest to the post first. */
    private record Answer(ScoredPassage passage, List<ScoredSentence> sentences) {
        double score() {
            return sentences.isEmpty() ? passage.score() : Math.max(passage.score(), sentences.get(0).score());
        }
    }

    public ProposedReply draft(ReplyContext context) {
        OfflineTemplates.IntentTemplate template = templates.forIntent(context.intent());
        Answer answer = bestAnswer(context);
        String flight = flight(context.text());
        String opening = templates.opening(tone(context), context.mentionId())
                .replace("{about}", template.about())
                .replace("{name}", firstName(context.customerName()));
        String body = template.body().replace("{dm}", template.dm() ? templates.dm() : "");
        String text = fitted(context, answer, details(opening + " " + body, flight));
        List<String> sources = answer == null ? List.of() : List.of(answer.passage().passage().source());
        double confidence = answer == null ? 0.2 : (context.intentScore() + Math.max(0, answer.score())) / 2;
        return new ProposedReply(text, sources, Math.min(1.0, confidence), template.dm(), DraftedBy.OFFLINE);
    }

    /**
     * A post about something that went wrong gets an apology even when it is written calmly
     * ("LU 482 delayed 4 hours, what now?"): the trouble words are in the templates file.
     */
    private Sentiment tone(ReplyContext context) {
        if (context.sentiment() == Sentiment.NEUTRAL && trouble.matcher(context.text()).find()) {
            return Sentiment.NEGATIVE;
        }
        return context.sentiment();
    }

    /** Among the passages about the post's intent (any passage if none is), the one that answers it best. */
    private Answer bestAnswer(ReplyContext context) {
        List<ScoredPassage> onTopic = context.passages().stream()
                .filter(p -> p.passage().answers(context.intent().name())).toList();
        List<ScoredPassage> candidates = onTopic.isEmpty() ? context.passages() : onTopic;
        return candidates.stream().map(p -> new Answer(p, knowledgeBase.sentences(context.meaning(), p.passage())))
                .max(Comparator.comparingDouble(Answer::score)).orElse(null);
    }

    /**
     * Adds the passage's sentences, closest first, while the reply still fits one post and passes
     * the checks it passed without them; a sentence that does not fit is skipped, never cut.
     */
    private String fitted(ReplyContext context, Answer answer, String template) {
        List<String> sources = answer == null ? List.of() : List.of(answer.passage().passage().source());
        String reply = compose(template, "");
        int problems = problems(context, reply, sources);
        StringBuilder facts = new StringBuilder();
        for (ScoredSentence sentence : answer == null ? List.<ScoredSentence>of() : answer.sentences()) {
            String longer = compose(template, facts.isEmpty() ? sentence.text() : facts + " " + sentence.text());
            if (PostLength.fits(context.handle(), longer) && problems(context, longer, sources) <= problems) {
                facts.append(facts.isEmpty() ? "" : " ").append(sentence.text());
                reply = longer;
            }
        }
        return reply;
    }

    private int problems(ReplyContext context, String reply, List<String> sources) {
        return guard.problems(context.handle(), reply, context.text(), context.sentiment(), sources).size();
    }

    private static String compose(String template, String facts) {
        return template.replace("{fact}", facts).replaceAll("\\s+", " ").replaceAll(" ([.,!?])", "$1").strip();
    }

    /** Fills in the customer's flight: "LU 482" and " on LU 482", or "your flight" and nothing. */
    private static String details(String template, String flight) {
        return template.replace("{on_flight}", flight == null ? "" : " on " + flight)
                .replace("{flight}", flight == null ? "your flight" : flight);
    }

    static String firstName(String name) {
        if (name == null) {
            return "there";
        }
        String first = name.strip().split("\\s+")[0];
        return first.matches("\\p{L}[\\p{L}'-]{0,30}") ? first : "there";
    }

    /** The flight number the customer wrote, as "LU 482", or null. */
    static String flight(String text) {
        Matcher m = FLIGHT.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2) : "flight " + m.group(3);
    }
}
