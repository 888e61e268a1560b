package com.firstline.triage;

/** A label and the model's probability for it. */
public record Scored<L>(L label, double score) {
}
