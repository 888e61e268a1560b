package com.firstline.triage;

import com.firstline.knowledge.Embeddings;
import dev.langchain4j.data.embedding.Embedding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Understands a post: intent, sentiment, urgency signals, reach, spam and language, combined
 * into a priority whose every point comes with a reason an agent can read.
 */
@ApplicationScoped
public class TriageService {

    @Inject
    Embeddings embeddings;

    @Inject
    IntentClassifier intents;

    @Inject
    SentimentClassifier sentiments;

    @Inject
    LanguageDetection languages;

    @Inject
    LlmTriage llm;

    @Inject
    PriorityWeights weights;

    @Inject
    TriageSettings settings;

    public Assessment assess(TriageRequest request) {
        return assess(request, embeddings.embedPost(request.text()));
    }

    /** Triage of many posts with their texts embedded in one batch. */
    public List<Assessment> assessAll(List<TriageRequest> requests) {
        List<Embedding> vectors = embeddings.embedPosts(requests.stream().map(TriageRequest::text).toList());
        List<Assessment> assessments = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            assessments.add(assess(requests.get(i), vectors.get(i)));
        }
        return assessments;
    }

    /** What the in-process classifiers alone read in a post, whatever reads it for triage. */
    public record HeadsReading(Scored<Intent> intent, Scored<Sentiment> sentiment) {
    }

    /**
     * The in-process classifiers' reading of a post (its embedding is usually still cached from
     * triage). With LLM triage on, the autopilot checks this too: a post must not talk the model
     * into an eligible topic or mood that the classifiers would not give it.
     */
    public HeadsReading readWithHeads(TriageRequest request) {
        Embedding post = embeddings.embedPost(request.text());
        String language = languages.detect(request.text(), request.lang());
        return new HeadsReading(intent(request, post, languages.isSupported(language)), sentiments.classify(post));
    }

    private Assessment assess(TriageRequest request, Embedding post) {
        String language = languages.detect(request.text(), request.lang());
        boolean supported = languages.isSupported(language);
        Optional<PostReader.Reading> reading = markedAsSpam(request) ? Optional.empty() : llm.read(request.text());
        Scored<Intent> intent = reading.map(PostReader.Reading::scoredIntent)
                .orElseGet(() -> intent(request, post, supported));
        Scored<Sentiment> sentiment = reading.map(PostReader.Reading::scoredSentiment)
                .orElseGet(() -> sentiments.classify(post));
        return prioritised(request, intent, sentiment, signals(request), language);
    }

    /**
     * The post's triage with its spread as it is now: what triage read in it (intent, sentiment,
     * urgency, language) stays; reach, priority and the reasons are worked out again.
     */
    Assessment withSpread(Triage stored, TriageRequest request) {
        return prioritised(request, new Scored<>(stored.intent, stored.intentScore),
                new Scored<>(stored.sentiment, stored.sentimentScore), stored.signals(), stored.language);
    }

    private Assessment prioritised(TriageRequest request, Scored<Intent> intent, Scored<Sentiment> sentiment,
                                   Set<UrgencySignal> signals, String language) {
        boolean supported = languages.isSupported(language);
        int reach = reach(request);
        List<String> reasons = new ArrayList<>();
        int priority = weights.base() + sentimentPoints(sentiment.label(), reasons);
        for (UrgencySignal signal : signals) {
            priority += weights.signal().getOrDefault(signal, 0);
            reasons.add(signal.reason());
        }
        priority += reachPoints(request, reach, reasons);
        if (!supported) {
            reasons.add("written in " + Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH)
                    + ": route to an agent who speaks it");
        }
        if (intent.label() == Intent.SPAM) {
            priority = 0;
            reasons.add("looks like spam");
        }
        return new Assessment(intent.label(), intent.score(), sentiment.label(), sentiment.score(), signals, language,
                supported, reach, Math.max(0, Math.min(100, priority)), reasons);
    }

    /**
     * Spam needs its marks, or the model's word in a language the model reads: the embedding model
     * is English-only and would take a complaint in Spanish for noise, which must never be dropped.
     */
    private Scored<Intent> intent(TriageRequest request, Embedding post, boolean supportedLanguage) {
        if (markedAsSpam(request)) {
            return new Scored<>(Intent.SPAM, 1.0);
        }
        Scored<Intent> intent = intents.classify(post);
        return intent.label() == Intent.SPAM && !supportedLanguage ? new Scored<>(Intent.OTHER, intent.score()) : intent;
    }

    private boolean markedAsSpam(TriageRequest request) {
        return SpamSignals.score(request.text()) >= settings.spamThreshold();
    }

    private int sentimentPoints(Sentiment sentiment, List<String> reasons) {
        if (sentiment == Sentiment.NEGATIVE) {
            reasons.add("negative");
            return weights.negative();
        }
        return sentiment == Sentiment.POSITIVE ? weights.positive() : 0;
    }

    private static Set<UrgencySignal> signals(TriageRequest request) {
        Set<UrgencySignal> fired = EnumSet.noneOf(UrgencySignal.class);
        for (UrgencySignal signal : UrgencySignal.values()) {
            if (signal.firesOn(request.text())) {
                fired.add(signal);
            }
        }
        if (request.priorUnanswered() > 0) {
            fired.add(UrgencySignal.REPEATED_CONTACT);
        }
        return fired;
    }

    /** A share reaches the sharer's audience too; without their counts, weigh each share as a small audience. */
    static int reach(TriageRequest request) {
        long reach = (long) request.followers() + 100L * (request.retweets() + request.quotes()) + 10L * request.replies();
        return (int) Math.min(Integer.MAX_VALUE, reach);
    }

    private int reachPoints(TriageRequest request, int reach, List<String> reasons) {
        int points = 0;
        if (reach > weights.reachFloor()) {
            points += (int) Math.round(weights.reachPerDecade() * Math.log10((double) reach / weights.reachFloor()));
            reasons.add(compact(request.followers()) + " followers");
            if (request.retweets() + request.quotes() > 0) {
                reasons.add((request.retweets() + request.quotes()) + " shares");
            }
        }
        if (request.verified()) {
            points += weights.verified();
            reasons.add("verified account");
        }
        return points;
    }

    static String compact(int count) {
        if (count >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", count / 1_000_000.0).replace(".0M", "M");
        }
        if (count >= 1_000) {
            return (count / 1_000) + "k";
        }
        return Integer.toString(count);
    }
}
