package com.firstline.incident;

import java.util.List;

/** Embedding arithmetic for clusters, and their text form in the database. */
public final class Vectors {

    /** How far from 1 a squared length may be for the vector to count as a unit vector already. */
    private static final double UNIT_TOLERANCE = 1e-6;

    private Vectors() {
    }

    /**
     * The vector scaled to length 1 (a zero vector stays zero: it is close to nothing). One that is
     * a unit vector already is returned as it is, not copied.
     */
    static float[] unit(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        if (Math.abs(squares - 1) < UNIT_TOLERANCE) {
            return v;
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
