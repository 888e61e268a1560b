package com.firstline.triage;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/** How much each reason adds to a mention's priority (0..100), from {@code firstline.priority.*}. */
@ConfigMapping(prefix = "firstline.priority")
public interface PriorityWeights {

    /** Every mention starts here. */
    int base();

    int negative();

    int positive();

    int verified();

    /** Points per factor of ten of reach above {@link #reachFloor()}. */
    int reachPerDecade();

    int reachFloor();

    /** Points per urgency signal, keyed by {@link UrgencySignal} name. */
    Map<UrgencySignal, Integer> signal();
}
