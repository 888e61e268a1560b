package com.firstline.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Embeddings.similarity sums in four parts: the same dot product, for any length. */
class SimilarityTest {

    @Test
    void isTheDotProductForLengthsThatDoNotDivideByFour() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 3, 4, 5, 383, 384, 385}) {
            float[] a = new float[length];
            float[] b = new float[length];
            double expected = 0;
            for (int i = 0; i < length; i++) {
                a[i] = random.nextFloat() - 0.5f;
                b[i] = random.nextFloat() - 0.5f;
                expected += (double) (a[i] * b[i]);
            }
            assertEquals(expected, Embeddings.similarity(a, b), 1e-9, "length " + length);
        }
    }
}
