package com.firstline.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Picks the {@link VectorStore} named by {@code firstline.knowledge.store}. */
@ApplicationScoped
public class VectorStores {

    @Produces
    @ApplicationScoped
    VectorStore store(KnowledgeSettings settings) {
        return switch (settings.store()) {
            case "memory" -> new MemoryVectorStore();
            case "file" -> new FileVectorStore(settings.storeFolder());
            case "database" -> new DatabaseVectorStore();
            default -> throw new IllegalArgumentException(
                    "firstline.knowledge.store: unknown store '" + settings.store() + "', use memory, file or database");
        };
    }
}
