package com.firstline.knowledge;

import dev.langchain4j.data.embedding.Embedding;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Vectors kept in this process only: a re-index embeds only what changed, a restart embeds all. */
public class MemoryVectorStore implements VectorStore {

    private final Map<String, Embedding> vectors = new ConcurrentHashMap<>();

    @Override
    public Map<String, Embedding> find(String model, Collection<String> keys) {
        Map<String, Embedding> found = new HashMap<>();
        for (String key : keys) {
            Embedding vector = vectors.get(model + '/' + key);
            if (vector != null) {
                found.put(key, vector);
            }
        }
        return found;
    }

    @Override
    public void keep(String model, Map<String, Embedding> fresh) {
        fresh.forEach((key, vector) -> vectors.putIfAbsent(model + '/' + key, vector));
    }
}
