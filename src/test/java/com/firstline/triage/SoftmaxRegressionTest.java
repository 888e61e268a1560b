package com.firstline.triage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftmaxRegressionTest {

    @Test
    void learnsThreeSeparableClassesAndOutputsProbabilities() {
        float[][] x = {{1, 0}, {0.9f, 0.1f}, {0, 1}, {0.1f, 0.9f}, {-1, -1}, {-0.9f, -1}};
        int[] y = {0, 0, 1, 1, 2, 2};
        SoftmaxRegression model = SoftmaxRegression.fit(x, y, 3, SoftmaxRegression.Settings.DEFAULT);
        for (int i = 0; i < x.length; i++) {
            double[] p = model.probabilities(x[i]);
            assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
            assertTrue(p[y[i]] > 0.5, "row " + i + " gets its own class: " + java.util.Arrays.toString(p));
        }
    }

    @Test
    void balancedWeightsKeepARareClassFromBeingIgnored() {
        float[][] x = new float[21][];
        int[] y = new int[21];
        for (int i = 0; i < 20; i++) {
            x[i] = new float[]{1, (i % 5) * 0.1f};
            y[i] = 0;
        }
        x[20] = new float[]{0.2f, 1};
        y[20] = 1;
        SoftmaxRegression model = SoftmaxRegression.fit(x, y, 2, SoftmaxRegression.Settings.DEFAULT);
        assertTrue(model.probabilities(new float[]{0.2f, 1})[1] > 0.5);
    }
}
