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
        // Doubles throughout, so the JIT can turn the inner loops into vector instructions (the
        // float-to-double mix kept it scalar: a macro head took twice as long).
        double[][] rows = Arrays.stream(x).map(SoftmaxRegression::doubles).toArray(double[][]::new);
        double[] classWeight = classWeights(y, classes, settings.balanced());
        double[][] w = new double[classes][dim];
        double[] b = new double[classes];
        Adam adamW = new Adam(classes * dim, settings.learningRate());
        Adam adamB = new Adam(classes, settings.learningRate());
        double[][] gradW = new double[classes][dim];
        double[] gradB = new double[classes];
        double totalWeight = Arrays.stream(y).mapToDouble(c -> classWeight[c]).sum();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (double[] row : gradW) {
                Arrays.fill(row, 0);
            }
            Arrays.fill(gradB, 0);
            for (int i = 0; i < n; i++) {
                double[] p = softmax(scores(w, b, rows[i]));
                double sampleWeight = classWeight[y[i]] / totalWeight;
                for (int c = 0; c < classes; c++) {
                    double error = (p[c] - (y[i] == c ? 1 : 0)) * sampleWeight;
                    gradB[c] += error;
                    addScaled(gradW[c], error, rows[i]);
                }
            }
            for (int c = 0; c < classes; c++) {
                addScaled(gradW[c], settings.l2(), w[c]);
            }
            adamW.step(gradW, epoch + 1, w);
            adamB.step(new double[][]{gradB}, epoch + 1, new double[][]{b});
        }
        return new SoftmaxRegression(w, b);
    }

    /** {@code into += factor * x}, element by element. */
    private static void addScaled(double[] into, double factor, double[] x) {
        for (int d = 0; d < into.length; d++) {
            into[d] += factor * x[d];
        }
    }

    private static double[] doubles(float[] x) {
        double[] out = new double[x.length];
        for (int d = 0; d < x.length; d++) {
            out[d] = x[d];
        }
        return out;
    }

    /** This head with each weight rounded to a float, the precision a stored head keeps. */
    public SoftmaxRegression roundedToFloats() {
        double[][] w = new double[weights.length][];
        for (int c = 0; c < weights.length; c++) {
            w[c] = Arrays.stream(weights[c]).map(v -> (float) v).toArray();
        }
        return new SoftmaxRegression(w, Arrays.stream(bias).map(v -> (float) v).toArray());
    }

    public double[] probabilities(float[] x) {
        return softmax(scores(weights, bias, doubles(x)));
    }

    public double[][] weights() {
        return weights;
    }

    public double[] bias() {
        return bias;
    }

    private static double[] scores(double[][] w, double[] b, double[] x) {
        double[] s = new double[w.length];
        for (int c = 0; c < w.length; c++) {
            s[c] = b[c] + dot(w[c], x);
        }
        return s;
    }

    /** Four running sums, so the products of neighbouring elements can be computed together. */
    private static double dot(double[] a, double[] x) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int d = 0;
        for (; d + 3 < a.length; d += 4) {
            s0 += a[d] * x[d];
            s1 += a[d + 1] * x[d + 1];
            s2 += a[d + 2] * x[d + 2];
            s3 += a[d + 3] * x[d + 3];
        }
        for (; d < a.length; d++) {
            s0 += a[d] * x[d];
        }
        return (s0 + s1) + (s2 + s3);
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

        Adam(int size, double rate) {
            this.m = new double[size];
            this.v = new double[size];
            this.rate = rate;
        }

        /** One step of every parameter in {@code params} (row after row) down its gradient. */
        void step(double[][] grad, int t, double[][] params) {
            double correction1 = 1 - Math.pow(BETA1, t);
            double correction2 = 1 - Math.pow(BETA2, t);
            int k = 0;
            for (int r = 0; r < grad.length; r++) {
                double[] g = grad[r];
                double[] param = params[r];
                for (int d = 0; d < g.length; d++, k++) {
                    m[k] = BETA1 * m[k] + (1 - BETA1) * g[d];
                    v[k] = BETA2 * v[k] + (1 - BETA2) * g[d] * g[d];
                    param[d] -= rate * (m[k] / correction1) / (Math.sqrt(v[k] / correction2) + EPSILON);
                }
            }
        }
    }
}
