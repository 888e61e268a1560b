package com.firstline.drafting.checks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs of words in a row, lowercased and without punctuation: a reply that shares one with a text
 * it must never repeat (a prompt, guidance for agents) is quoting it, however it is punctuated.
 * A forbidden text shorter than a run counts as one run of its own length.
 */
final class WordRuns {

    private final Set<String> runs = new HashSet<>();
    /** The run lengths to look for: the full length, and those of shorter forbidden texts. */
    private final Set<Integer> sizes = new TreeSet<>();

    WordRuns(int length, List<String> forbidden) {
        this(length, forbidden, List.of());
    }

    /** @param allowed texts a reply may quote: a run they contain too is no evidence of quoting the forbidden ones */
    WordRuns(int length, List<String> forbidden, List<String> allowed) {
        sizes.add(length);
        for (String text : forbidden) {
            String[] words = words(text);
            int size = Math.min(length, words.length);
            if (size > 0) {
                sizes.add(size);
                runs.addAll(runs(words, size));
            }
        }
        for (String text : allowed) {
            String[] words = words(text);
            sizes.forEach(size -> runs.removeAll(runs(words, size)));
        }
    }

    boolean quotedIn(String reply) {
        String[] words = words(reply);
        return sizes.stream().anyMatch(size -> runs(words, size).stream().anyMatch(runs::contains));
    }

    private static Set<String> runs(String[] words, int size) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i + size <= words.length; i++) {
            found.add(String.join(" ", Arrays.copyOfRange(words, i, i + size)));
        }
        return found;
    }

    private static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}
