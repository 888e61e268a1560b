package com.firstline.incident;

import com.firstline.triage.Intent;

import java.time.Instant;

/** A post as spike detection sees it: when it arrived, its intent and its meaning (a unit vector). */
public record Post(long mentionId, Instant at, Intent intent, float[] meaning) {

    double similarity(float[] other) {
        return Vectors.cosine(meaning, other);
    }
}
