package com.firstline.autopilot;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How close the reply an agent sent is to the one the autopilot would have sent: the same text
 * (ignoring case, spacing and punctuation), nearly the same (most words shared), or different.
 */
public enum Agreement {
    SAME, NEARLY_SAME, DIFFERENT;

    /** Share of distinct words in common (Jaccard) from which two replies count as nearly the same. */
    static final double NEARLY = 0.8;

    public static Agreement of(String wouldSend, String sent) {
        Set<String> a = words(wouldSend);
        Set<String> b = words(sent);
        if (a.equals(b) && normalized(wouldSend).equals(normalized(sent))) {
            return SAME;
        }
        return similarity(a, b) >= NEARLY ? NEARLY_SAME : DIFFERENT;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> words(String text) {
        String n = normalized(text);
        return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
    }
}
