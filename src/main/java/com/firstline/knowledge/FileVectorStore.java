package com.firstline.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vectors kept in a folder, one append-only file per embedding model ({@code key<TAB>base64}
 * lines), so a restart of a single instance, or the next test run, embeds only what changed. A
 * line it cannot read (two processes appending at once) is skipped and that text embedded again.
 */
public class FileVectorStore implements VectorStore {

    private static final Logger LOG = Logger.getLogger(FileVectorStore.class);

    private final Path folder;
    private final Map<String, Map<String, Embedding>> byModel = new ConcurrentHashMap<>();

    public FileVectorStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public Map<String, Embedding> find(String model, Collection<String> keys) {
        Map<String, Embedding> stored = loaded(model);
        Map<String, Embedding> found = new HashMap<>();
        keys.forEach(key -> {
            Embedding vector = stored.get(key);
            if (vector != null) {
                found.put(key, vector);
            }
        });
        return found;
    }

    @Override
    public synchronized void keep(String model, Map<String, Embedding> vectors) {
        Map<String, Embedding> stored = loaded(model);
        StringBuilder lines = new StringBuilder();
        vectors.forEach((key, vector) -> {
            if (stored.putIfAbsent(key, vector) == null) {
                lines.append(key).append('\t')
                        .append(Base64.getEncoder().encodeToString(DatabaseVectorStore.bytes(vector.vector()))).append('\n');
            }
        });
        if (lines.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(file(model), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The vectors stay in memory; the next start embeds them again.
            LOG.warnf("Vectors not kept in %s: %s", folder, e.getMessage());
        }
    }

    private Map<String, Embedding> loaded(String model) {
        return byModel.computeIfAbsent(model, this::read);
    }

    private Map<String, Embedding> read(String model) {
        Map<String, Embedding> vectors = new ConcurrentHashMap<>();
        Path file = file(model);
        if (!Files.exists(file)) {
            return vectors;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int dimension = -1;
            for (String line : lines) {
                int tab = line.indexOf('\t');
                try {
                    float[] vector = DatabaseVectorStore.floats(Base64.getDecoder().decode(line.substring(tab + 1)));
                    dimension = dimension < 0 ? vector.length : dimension;
                    if (tab > 0 && vector.length == dimension) {
                        vectors.putIfAbsent(line.substring(0, tab), Embedding.from(vector));
                    }
                } catch (IllegalArgumentException unreadable) {
                    // a torn line: that text is embedded again
                }
            }
        } catch (IOException e) {
            LOG.warnf("Vectors not read from %s: %s", file, e.getMessage());
        }
        return vectors;
    }

    private Path file(String model) {
        return folder.resolve(model.replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors");
    }
}
