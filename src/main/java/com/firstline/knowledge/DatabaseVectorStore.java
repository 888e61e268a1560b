package com.firstline.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors kept in the database (table {@code knowledge_vector}), shared by every instance and
 * kept across restarts. Search stays in memory: a knowledge base has hundreds of passages, which
 * a linear scan ranks in well under a millisecond.
 */
public class DatabaseVectorStore implements VectorStore {

    private static final Logger LOG = Logger.getLogger(DatabaseVectorStore.class);
    /** Keys per query, well inside every database's limit on IN-list parameters. */
    private static final int KEYS_PER_QUERY = 500;

    @Override
    public Map<String, Embedding> find(String model, Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        Map<String, Embedding> found = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
                StoredVector.<StoredVector>list("model = ?1 and textHash in ?2", model, chunk)
                        .forEach(v -> found.put(v.textHash, Embedding.from(floats(v.vector))));
            }
        });
        return found;
    }

    @Override
    public void keep(String model, Map<String, Embedding> vectors) {
        Map<String, Embedding> fresh = new HashMap<>(vectors);
        fresh.keySet().removeAll(find(model, vectors.keySet()).keySet());
        try {
            QuarkusTransaction.requiringNew().run(() -> fresh.forEach((key, vector) -> {
                StoredVector row = new StoredVector();
                row.model = model;
                row.textHash = key;
                row.vector = bytes(vector.vector());
                row.storedAt = Instant.now();
                row.persist();
            }));
        } catch (PersistenceException e) {
            // Another instance indexing the same articles at the same moment stored them first;
            // its vectors are the same as ours, which this instance keeps in memory anyway.
            LOG.infof("Vectors not stored (another instance stored them first?): %s", e.getMessage());
        }
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
