package com.firstline.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/** Picks the {@link VectorStore} named by {@code firstline.knowledge.store}. */
@ApplicationScoped
public class VectorStores {

    @Produces
    @ApplicationScoped
    VectorStore store(@ConfigProperty(name = "firstline.knowledge.store") String store,
                      @ConfigProperty(name = "firstline.knowledge.store-folder") String folder) {
        return switch (store) {
            case "memory" -> new MemoryVectorStore();
            case "file" -> new FileVectorStore(Path.of(folder));
            case "database" -> new DatabaseVectorStore();
            default -> throw new IllegalArgumentException(
                    "firstline.knowledge.store: unknown store '" + store + "', use memory, file or database");
        };
    }
}
