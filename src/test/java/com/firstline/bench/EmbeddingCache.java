package com.firstline.bench;

import com.firstline.knowledge.Embeddings;
import com.firstline.knowledge.KnowledgeBase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds each evaluation set once, as triage embeds posts ({@link Embeddings#embedPosts}), and
 * writes the vectors and labels to {@code target/embeddings-cache/}: {@code <set>.f32} (row count,
 * dimension, then the floats, little-endian) and {@code <set>.labels} (one label a line; no text,
 * so nothing of the data sets is copied). Experiments with heads and their settings then cost
 * seconds instead of minutes of embedding. The knowledge base's example posts and BANKING77's
 * intent names (as words) are written too, as the training material that recipes may use.
 *
 * <p>Run: {@code ./mvnw -B test -Pbench -Dtest=EmbeddingCache}.
 */
@QuarkusTest
@Tag("bench")
class EmbeddingCache {

    private static final Path DIR = Path.of("target/embeddings-cache");
    private static final int BATCH = 64;

    @Inject
    Embeddings embeddings;

    @Inject
    KnowledgeBase knowledgeBase;

    @Test
    void write() throws IOException {
        Files.createDirectories(DIR);
        write("tweeteval", Datasets.tweetEvalSentiment());
        write("airline-intents", Datasets.airlineIntents());
        var banking = Datasets.banking77();
        write("banking77", banking);
        write("banking77-names", banking.stream().map(Datasets.Labelled::label).distinct()
                .map(name -> new Datasets.Labelled(name.replace('_', ' '), name)).toList());
        List<Datasets.Labelled> examples = new ArrayList<>();
        knowledgeBase.examplesByIntent().forEach((intent, posts) ->
                posts.forEach(post -> examples.add(new Datasets.Labelled(post, intent))));
        write("kb-examples", examples);
        write("airline-posts", Datasets.airlineCustomerPosts().stream().map(p -> new Datasets.Labelled(p, "")).toList());
    }

    private void write(String name, List<Datasets.Labelled> rows) throws IOException {
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i += BATCH) {
            embeddings.embedPosts(rows.subList(i, Math.min(rows.size(), i + BATCH)).stream()
                    .map(Datasets.Labelled::text).toList()).forEach(e -> vectors.add(e.vector()));
        }
        int dim = vectors.get(0).length;
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * dim * vectors.size()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(vectors.size()).putInt(dim);
        vectors.forEach(v -> {
            for (float f : v) {
                buffer.putFloat(f);
            }
        });
        Files.write(DIR.resolve(name + ".f32"), buffer.array());
        Files.write(DIR.resolve(name + ".labels"), rows.stream().map(Datasets.Labelled::label).toList());
        System.out.printf("%s: %d rows embedded in %.1f s%n", name, rows.size(), (System.nanoTime() - start) / 1e9);
    }
}
