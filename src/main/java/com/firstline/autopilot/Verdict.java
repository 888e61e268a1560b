package com.firstline.autopilot;

/** The policy's answer: allowed, with the rule that allowed it, or held, with the reason. */
public record Verdict(boolean allowed, String rule) {

    static Verdict allow(String rule) {
        return new Verdict(true, rule);
    }

    static Verdict hold(String reason) {
        return new Verdict(false, reason);
    }
}
