package com.firstline.incident;

import com.firstline.knowledge.Embeddings;
import com.firstline.triage.Intent;

import java.time.Instant;

/** A post as spike detection sees it: when it arrived, its intent and its meaning (a unit vector). */
public record Post(long mentionId, Instant at, Intent intent, float[] meaning) {

    public Post {
        meaning = Vectors.unit(meaning);
    }

    /** Cosine similarity to another unit vector. */
    public double similarity(float[] other) {
        return Embeddings.similarity(meaning, other);
    }

    /**
     * Whether this post belongs to an open incident: close in meaning to the posts that opened it,
     * or, for a spike of one intent, of that intent.
     */
    public boolean joins(Spike.Kind kind, Intent incidentIntent, float[] centroid, double joinSimilarity) {
        return similarity(centroid) >= joinSimilarity || kind == Spike.Kind.INTENT && incidentIntent == intent;
    }
}
