package com.firstline.incident;

import java.util.List;

/** Embedding arithmetic for clusters, and their text form in the database. */
public final class Vectors {

    private Vectors() {
    }

    /**
     * The cosine of two unit vectors: their dot product. Spike detection compares every new post
     * with each recent one, so the lengths are taken out once, when a vector is made a unit one,
     * and not at every comparison. Four running sums let neighbouring products be computed together.
     */
    static double similarity(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The vector scaled to length 1 (a zero vector stays zero: it is close to nothing). */
    static float[] unit(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        float[] unit = new float[v.length];
        if (squares > 0) {
            float scale = (float) (1 / Math.sqrt(squares));
            for (int i = 0; i < v.length; i++) {
                unit[i] = v[i] * scale;
            }
        }
        return unit;
    }

    public static float[] mean(List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i] / vectors.size();
            }
        }
        return sum;
    }

    public static String text(float[] v) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.5f", v[i]));
        }
        return s.toString();
    }

    static float[] parse(String text) {
        String[] parts = text.split(",");
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
        }
        return v;
    }

}
