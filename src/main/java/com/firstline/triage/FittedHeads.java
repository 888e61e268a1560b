package com.firstline.triage;

import com.firstline.knowledge.VectorStore;
import dev.langchain4j.data.embedding.Embedding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Heads fitted before, kept in the {@link VectorStore} beside the knowledge base's vectors and
 * found again by a hash of everything the fit read. A fit takes seconds (the macro head about
 * ten on two cores), and a restart, a second instance or the next test run reads the same
 * examples: they take the head from the store instead of fitting it again. Each class is one
 * stored row, its weights followed by its bias, as floats; a head fitted now is rounded to floats
 * too, so a head is the same whether it was fitted or read.
 */
@ApplicationScoped
public class FittedHeads {

    /** Hex digits of the inputs' hash in a row's key, which leaves room for "/class". */
    private static final int KEY_DIGITS = 56;

    @Inject
    VectorStore store;

    /**
     * The head {@code fit} would give for these inputs: the stored one when the same inputs were
     * fitted before, else {@code fit}'s, kept for next time.
     */
    public SoftmaxRegression fitted(String purpose, Inputs inputs, int classes, Supplier<SoftmaxRegression> fit) {
        String model = "head/" + purpose;
        String hash = inputs.hash();
        List<String> keys = IntStream.range(0, classes).mapToObj(c -> hash + "/" + c).toList();
        Map<String, Embedding> rows = store.find(model, keys);
        if (rows.size() == classes) {
            return fromRows(keys.stream().map(k -> rows.get(k).vector()).toList());
        }
        SoftmaxRegression head = fit.get().roundedToFloats();
        Map<String, Embedding> fresh = new HashMap<>();
        for (int c = 0; c < classes; c++) {
            fresh.put(keys.get(c), Embedding.from(rowOf(head, c)));
        }
        store.keep(model, fresh);
        return head;
    }

    private static float[] rowOf(SoftmaxRegression head, int c) {
        double[] weights = head.weights()[c];
        float[] row = new float[weights.length + 1];
        for (int d = 0; d < weights.length; d++) {
            row[d] = (float) weights[d];
        }
        row[weights.length] = (float) head.bias()[c];
        return row;
    }

    private static SoftmaxRegression fromRows(List<float[]> rows) {
        double[][] weights = new double[rows.size()][];
        double[] bias = new double[rows.size()];
        for (int c = 0; c < rows.size(); c++) {
            float[] row = rows.get(c);
            weights[c] = IntStream.range(0, row.length - 1).mapToDouble(d -> row[d]).toArray();
            bias[c] = row[row.length - 1];
        }
        return new SoftmaxRegression(weights, bias);
    }

    /** A SHA-256 over what a fit reads: its examples (texts or vectors), labels and settings. */
    public static final class Inputs {

        private final MessageDigest digest;

        public Inputs() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("Every Java has SHA-256", impossible);
            }
        }

        public Inputs add(Object value) {
            // each value ends with a separator no text holds, so ("ab","c") and ("a","bc") differ
            digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return this;
        }

        public Inputs add(float[] vector) {
            ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
            bytes.asFloatBuffer().put(vector);
            digest.update(bytes.array());
            digest.update((byte) 0);
            return this;
        }

        String hash() {
            return HexFormat.of().formatHex(digest.digest()).substring(0, KEY_DIGITS);
        }
    }
}
