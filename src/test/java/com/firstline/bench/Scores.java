package com.firstline.bench;

import java.util.List;
import java.util.TreeSet;

/** Classification figures as published for the shared data sets. */
final class Scores {

    private Scores() {
    }

    static double accuracy(List<String> gold, List<String> predicted) {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                right++;
            }
        }
        return (double) right / gold.size();
    }

    /** Mean over the gold labels of per-label recall (TweetEval's headline figure). */
    static double macroRecall(List<String> gold, List<String> predicted) {
        return new TreeSet<>(gold).stream().mapToDouble(label -> {
            int[] c = counts(gold, predicted, label);
            return (double) c[0] / (c[0] + c[2]);
        }).average().orElse(0);
    }

    /** Mean over the gold labels of per-label F1. */
    static double macroF1(List<String> gold, List<String> predicted) {
        return new TreeSet<>(gold).stream().mapToDouble(label -> {
            int[] c = counts(gold, predicted, label);
            double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).average().orElse(0);
    }

    /** True positives, false positives, false negatives of one label. */
    private static int[] counts(List<String> gold, List<String> predicted, String label) {
        int[] c = new int[3];
        for (int i = 0; i < gold.size(); i++) {
            boolean isGold = gold.get(i).equals(label);
            boolean isPredicted = predicted.get(i).equals(label);
            if (isGold && isPredicted) {
                c[0]++;
            } else if (isPredicted) {
                c[1]++;
            } else if (isGold) {
                c[2]++;
            }
        }
        return c;
    }
}
