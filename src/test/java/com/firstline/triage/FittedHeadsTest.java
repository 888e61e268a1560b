package com.firstline.triage;

import com.firstline.knowledge.FileVectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FittedHeadsTest {

    private static final float[][] X = {{1, 0}, {0.9f, 0.1f}, {0, 1}, {0.1f, 0.9f}, {-1, -1}, {-0.9f, -1}};
    private static final int[] Y = {0, 0, 1, 1, 2, 2};

    @TempDir
    Path folder;

    private final AtomicInteger fits = new AtomicInteger();

    @Test
    void theSameInputsAfterARestartReadTheStoredHeadInsteadOfFittingAgain() {
        SoftmaxRegression fitted = headsOn(folder).fitted("test", inputs(X), 3, this::fit);
        SoftmaxRegression read = headsOn(folder).fitted("test", inputs(X), 3, this::fit);

        assertEquals(1, fits.get(), "fitted once, read once");
        for (float[] row : X) {
            assertArrayEquals(fitted.probabilities(row), read.probabilities(row), 1e-12, "the same head either way");
        }
    }

    @Test
    void changedInputsAreFittedAgain() {
        FittedHeads heads = headsOn(folder);
        heads.fitted("test", inputs(X), 3, this::fit);
        float[][] moved = X.clone();
        moved[0] = new float[]{1, 0.01f};
        heads.fitted("test", inputs(moved), 3, this::fit);
        heads.fitted("other purpose", inputs(X), 3, this::fit);

        assertEquals(3, fits.get());
    }

    private SoftmaxRegression fit() {
        fits.incrementAndGet();
        return SoftmaxRegression.fit(X, Y, 3, SoftmaxRegression.Settings.DEFAULT);
    }

    private static FittedHeads.Inputs inputs(float[][] x) {
        FittedHeads.Inputs inputs = new FittedHeads.Inputs().add(SoftmaxRegression.Settings.DEFAULT);
        for (float[] row : x) {
            inputs.add(row);
        }
        return inputs;
    }

    /** A process's heads over the store folder: a new one for each, as after a restart. */
    private static FittedHeads headsOn(Path folder) {
        FittedHeads heads = new FittedHeads();
        heads.store = new FileVectorStore(folder);
        return heads;
    }
}
