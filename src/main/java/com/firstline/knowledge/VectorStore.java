package com.firstline.knowledge;

import dev.langchain4j.data.embedding.Embedding;

import java.util.Collection;
import java.util.Map;

/**
 * Where the knowledge base keeps the vectors of its passages and sentences between indexings,
 * keyed by the embedding model and a hash of the text embedded. Chosen by
 * {@code firstline.knowledge.store}: {@code memory} (embedded default: kept while the process
 * runs) or {@code database} (production: kept in the shared database, so a restart or a second
 * instance embeds only the passages that changed).
 */
public interface VectorStore {

    /** The stored vectors among these keys; keys not stored are absent from the answer. */
    Map<String, Embedding> find(String model, Collection<String> keys);

    /** Keeps these vectors. A key stored already (by this or another instance) is left as it is. */
    void keep(String model, Map<String, Embedding> vectors);
}
