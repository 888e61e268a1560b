package com.firstline.triage;

public enum Sentiment {
    NEGATIVE, NEUTRAL, POSITIVE
}
