package com.firstline.triage;

import java.util.Arrays;

/**
 * Multinomial logistic regression over embedding vectors: the small learned "head" that turns
 * a post's embedding into class probabilities. Fitted with full-batch Adam and L2; classes can
 * be weighted inversely to their frequency so rare classes are not drowned out.
 */
public final class SoftmaxRegression {

    /** Training settings; {@code l2} is the penalty per weight, {@code epochs} full passes. */
    public record Settings(double l2, int epochs, double learningRate, boolean balanced) {
        public static final Settings DEFAULT = new Settings(1e-4, 300, 0.05, true);
    }

    private final double[][] weights;
    private final double[] bias;

    public SoftmaxRegression(double[][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    public static SoftmaxRegression fit(float[][] x, int[] y, int classes, Settings settings) {
        int n = x.length;
        int dim = x[0].length;
        double[] classWeight = classWeights(y, classes, settings.balanced());
        double[][] w = new double[classes][dim];
        double[] b = new double[classes];
        Adam adamW = new Adam(classes * dim, settings.learningRate());
        Adam adamB = new Adam(classes, settings.learningRate());
        double[] gradW = new double[classes * dim];
        double[] gradB = new double[classes];
        double totalWeight = Arrays.stream(y).mapToDouble(c -> classWeight[c]).sum();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Arrays.fill(gradW, 0);
            Arrays.fill(gradB, 0);
            for (int i = 0; i < n; i++) {
                double[] p = softmax(scores(w, b, x[i]));
                double sampleWeight = classWeight[y[i]] / totalWeight;
                for (int c = 0; c < classes; c++) {
                    double error = (p[c] - (y[i] == c ? 1 : 0)) * sampleWeight;
                    gradB[c] += error;
                    int row = c * dim;
                    for (int d = 0; d < dim; d++) {
                        gradW[row + d] += error * x[i][d];
                    }
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int d = 0; d < dim; d++) {
                    gradW[c * dim + d] += settings.l2() * w[c][d];
                }
            }
            adamW.step(gradW, epoch + 1, (k, delta) -> w[k / dim][k % dim] -= delta);
            adamB.step(gradB, epoch + 1, (k, delta) -> b[k] -= delta);
        }
        return new SoftmaxRegression(w, b);
    }

    public double[] probabilities(float[] x) {
        return softmax(scores(weights, bias, x));
    }

    public double[][] weights() {
        return weights;
    }

    public double[] bias() {
        return bias;
    }

    private static double[] scores(double[][] w, double[] b, float[] x) {
        double[] s = new double[w.length];
        for (int c = 0; c < w.length; c++) {
            double sum = b[c];
            double[] row = w[c];
            for (int d = 0; d < row.length; d++) {
                sum += row[d] * x[d];
            }
            s[c] = sum;
        }
        return s;
    }

    private static double[] softmax(double[] s) {
        double max = Arrays.stream(s).max().orElse(0);
        double total = 0;
        double[] p = new double[s.length];
        for (int c = 0; c < s.length; c++) {
            p[c] = Math.exp(s[c] - max);
            total += p[c];
        }
        for (int c = 0; c < s.length; c++) {
            p[c] /= total;
        }
        return p;
    }

    private static double[] classWeights(int[] y, int classes, boolean balanced) {
        double[] weight = new double[classes];
        Arrays.fill(weight, 1.0);
        if (balanced) {
            int[] counts = new int[classes];
            for (int label : y) {
                counts[label]++;
            }
            for (int c = 0; c < classes; c++) {
                weight[c] = counts[c] == 0 ? 0 : (double) y.length / (classes * counts[c]);
            }
        }
        return weight;
    }

    /** Adam optimiser state for one parameter block. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;
        private final double[] m;
        private final double[] v;
        private final double rate;

        interface Update {
            void apply(int index, double delta);
        }

        Adam(int size, double rate) {
            this.m = new double[size];
            this.v = new double[size];
            this.rate = rate;
        }

        void step(double[] grad, int t, Update update) {
            double correction1 = 1 - Math.pow(BETA1, t);
            double correction2 = 1 - Math.pow(BETA2, t);
            for (int k = 0; k < grad.length; k++) {
                m[k] = BETA1 * m[k] + (1 - BETA1) * grad[k];
                v[k] = BETA2 * v[k] + (1 - BETA2) * grad[k] * grad[k];
                update.apply(k, rate * (m[k] / correction1) / (Math.sqrt(v[k] / correction2) + EPSILON));
            }
        }
    }
}
