package com.firstline.bench;

import com.firstline.triage.SoftmaxRegression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** k-fold cross-validation of a softmax head: every row is scored by a head that never saw it. */
final class CrossValidation {

    private static final long SEED = 7;

    private CrossValidation() {
    }

    static double macroRecall(float[][] x, int[] y, int classes, SoftmaxRegression.Settings settings, int folds) {
        int[] predicted = predictions(x, y, classes, settings, folds);
        return Scores.macroRecall(labels(y), labels(predicted));
    }

    static int[] predictions(float[][] x, int[] y, int classes, SoftmaxRegression.Settings settings, int folds) {
        return predictions(x, y, new float[0][], new int[0], classes, settings, folds);
    }

    /**
     * As {@link #predictions(float[][], int[], int, SoftmaxRegression.Settings, int)}, with rows
     * ({@code alwaysX}, {@code alwaysY}) that every fold's head is also fitted on and that are never scored.
     */
    static int[] predictions(float[][] x, int[] y, float[][] alwaysX, int[] alwaysY, int classes,
                             SoftmaxRegression.Settings settings, int folds) {
        int[] order = shuffled(x.length);
        int[] predicted = new int[x.length];
        for (int fold = 0; fold < folds; fold++) {
            List<float[]> trainX = new ArrayList<>(List.of(alwaysX));
            List<Integer> trainY = new ArrayList<>(Arrays.stream(alwaysY).boxed().toList());
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < order.length; i++) {
                if (i % folds == fold) {
                    held.add(order[i]);
                } else {
                    trainX.add(x[order[i]]);
                    trainY.add(y[order[i]]);
                }
            }
            SoftmaxRegression head = SoftmaxRegression.fit(trainX.toArray(float[][]::new),
                    trainY.stream().mapToInt(Integer::intValue).toArray(), classes, settings);
            for (int i : held) {
                predicted[i] = argmax(head.probabilities(x[i]));
            }
        }
        return predicted;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    private static List<String> labels(int[] y) {
        return Arrays.stream(y).mapToObj(Integer::toString).toList();
    }

    private static int[] shuffled(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Random random = new Random(SEED);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
        }
        return idx;
    }
}
