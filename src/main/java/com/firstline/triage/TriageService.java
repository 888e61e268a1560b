package com.firstline.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Understands a post: intent, sentiment, urgency signals and reach, combined into a priority
 * whose every point comes with a reason an agent can read.
 */
@ApplicationScoped
public class TriageService {

    @Inject
    IntentClassifier intents;

    @Inject
    SentimentClassifier sentiments;

    @Inject
    PriorityWeights weights;

    public Assessment assess(TriageRequest request) {
        var intent = intents.classify(request.text());
        var sentiment = sentiments.classify(request.text());
        Set<UrgencySignal> signals = signals(request);
        int reach = reach(request);

        List<String> reasons = new ArrayList<>();
        int priority = weights.base();
        if (sentiment.label() == Sentiment.NEGATIVE) {
            priority += weights.negative();
            reasons.add("negative");
        } else if (sentiment.label() == Sentiment.POSITIVE) {
            priority += weights.positive();
        }
        for (UrgencySignal signal : signals) {
            priority += weights.signal().getOrDefault(signal, 0);
            reasons.add(signal.reason());
        }
        priority += reachPoints(request, reach, reasons);
        if (intent.label() == Intent.SPAM) {
            priority = 0;
            reasons.add("looks like spam");
        }
        return new Assessment(intent.label(), intent.score(), sentiment.label(), sentiment.score(), signals, reach,
                Math.max(0, Math.min(100, priority)), reasons);
    }

    private Set<UrgencySignal> signals(TriageRequest request) {
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
            return String.format("%.1fM", count / 1_000_000.0).replace(".0M", "M");
        }
        if (count >= 1_000) {
            return (count / 1_000) + "k";
        }
        return Integer.toString(count);
    }
}
