package com.firstline.triage;

import com.firstline.knowledge.Embeddings;
import dev.langchain4j.classification.EmbeddingModelTextClassifier;
import dev.langchain4j.classification.ScoredLabel;

import java.util.Collection;
import java.util.Map;

/**
 * Labels a text by its closest labelled examples (LangChain4j's {@link EmbeddingModelTextClassifier}
 * over the in-process embeddings). The text's embedding is cached, so several classifiers over the
 * same post embed it once.
 */
final class ExampleClassifier<L> {

    /** A label and the classifier's score for it (mean of the best examples' similarity). */
    record Labelled<L>(L label, double score) {
    }

    private final EmbeddingModelTextClassifier<L> classifier;
    private final L fallback;

    ExampleClassifier(Embeddings embeddings, Map<L, ? extends Collection<String>> examples, L fallback) {
        this.classifier = new EmbeddingModelTextClassifier<>(embeddings.asModel(), examples);
        this.fallback = fallback;
    }

    Labelled<L> classify(String text) {
        return classifier.classifyWithScores(text).scoredLabels().stream()
                .max(java.util.Comparator.comparingDouble(ScoredLabel::score))
                .map(best -> new Labelled<>(best.label(), best.score()))
                .orElse(new Labelled<>(fallback, 0.0));
    }
}
