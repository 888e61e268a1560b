package com.firstline.knowledge;

/** One sentence of a passage and how close it is to a query (cosine similarity, -1..1). */
public record ScoredSentence(String text, double score) {
}
