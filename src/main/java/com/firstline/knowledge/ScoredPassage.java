package com.firstline.knowledge;

/** A passage and how close it is to a query (cosine similarity, -1..1). */
public record ScoredPassage(Passage passage, double score) {
}
