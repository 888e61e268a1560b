package com.firstline.incident;

import com.firstline.knowledge.Embeddings;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class VectorsTest {

    @Test
    void theDotProductOfUnitVectorsIsTheirCosine() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            float[] a = randomVector(random, 384);
            float[] b = randomVector(random, 384);
            assertEquals(cosine(a, b), Embeddings.similarity(Vectors.unit(a), Vectors.unit(b)), 1e-5);
        }
        float[] odd = randomVector(random, 7);
        assertEquals(1.0, Embeddings.similarity(Vectors.unit(odd), Vectors.unit(odd)), 1e-6);
    }

    @Test
    void aZeroVectorIsCloseToNothing() {
        assertArrayEquals(new float[3], Vectors.unit(new float[3]));
        assertEquals(0.0, Embeddings.similarity(Vectors.unit(new float[3]), Vectors.unit(new float[]{1, 2, 3})));
    }

    @Test
    void aPostsMeaningIsKeptAsAUnitVector() {
        Post post = new Post(1, java.time.Instant.EPOCH, null, new float[]{3, 4});
        assertArrayEquals(new float[]{0.6f, 0.8f}, post.meaning(), 1e-6f);
    }

    @Test
    void aUnitVectorIsKeptNotCopied() {
        float[] unit = {0.6f, 0.8f};
        assertSame(unit, Vectors.unit(unit));
        assertSame(unit, new Post(1, java.time.Instant.EPOCH, null, unit).meaning());
    }

    private static float[] randomVector(Random random, int dimension) {
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
