package com.firstline.triage;

import dev.langchain4j.data.embedding.Embedding;

import java.util.List;

/** A {@link SoftmaxRegression} whose outputs are the constants of an enum. */
final class Head<L extends Enum<L>> {

    private final L[] labels;
    private final SoftmaxRegression model;

    Head(Class<L> type, SoftmaxRegression model) {
        this.labels = type.getEnumConstants();
        this.model = model;
    }

    static <L extends Enum<L>> SoftmaxRegression fit(Class<L> type, List<L> labels, List<Embedding> vectors,
                                                     SoftmaxRegression.Settings settings) {
        float[][] x = vectors.stream().map(Embedding::vector).toArray(float[][]::new);
        int[] y = labels.stream().mapToInt(Enum::ordinal).toArray();
        return SoftmaxRegression.fit(x, y, type.getEnumConstants().length, settings);
    }

    Scored<L> best(Embedding post) {
        return best(post, null);
    }

    /** The likeliest label other than {@code excluded} (null: any label). */
    Scored<L> best(Embedding post, L excluded) {
        double[] p = model.probabilities(post.vector());
        int best = -1;
        for (int c = 0; c < p.length; c++) {
            if (labels[c] != excluded && (best < 0 || p[c] > p[best])) {
                best = c;
            }
        }
        return new Scored<>(labels[best], p[best]);
    }
}
