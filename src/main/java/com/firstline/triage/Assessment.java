package com.firstline.triage;

import java.util.List;
import java.util.Set;

/** The outcome of triaging one post, before it is stored. */
public record Assessment(Intent intent, double intentScore, Sentiment sentiment, double sentimentScore,
                         Set<UrgencySignal> signals, String language, boolean languageSupported, int reach,
                         int priority, List<String> reasons) {
}
