package com.firstline.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the {@link VectorStore} named by {@code firstline.knowledge.store}. */
@ApplicationScoped
public class VectorStores {

    @Produces
    @ApplicationScoped
    VectorStore store(@ConfigProperty(name = "firstline.knowledge.store") String store) {
        return switch (store) {
            case "memory" -> new MemoryVectorStore();
            case "database" -> new DatabaseVectorStore();
            default -> throw new IllegalArgumentException(
                    "firstline.knowledge.store: unknown store '" + store + "', use memory or database");
        };
    }
}
