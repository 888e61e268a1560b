package com.firstline.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vectors kept between indexings, and re-indexing when an article changes on disk. */
@QuarkusTest
class VectorStoreTest {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Embeddings embeddings;

    @Inject
    Event<KnowledgeReindexed> reindexed;

    @Inject
    KnowledgeSettings settings;

    @Test
    void theDatabaseStoreGivesBackWhatItKeptAndKeepsTheFirstCopy() {
        QuarkusTransaction.requiringNew().run(() -> StoredVector.delete("model", "test-model"));
        DatabaseVectorStore store = new DatabaseVectorStore();
        store.keep("test-model", Map.of("a", Embedding.from(new float[] {0.25f, -1.5f, 3f})));
        store.keep("test-model", Map.of("a", Embedding.from(new float[] {9f, 9f, 9f}),
                "b", Embedding.from(new float[] {1f})));

        Map<String, Embedding> found = store.find("test-model", List.of("a", "b", "c"));

        assertEquals(2, found.size());
        assertArrayEquals(new float[] {0.25f, -1.5f, 3f}, found.get("a").vector());
        assertArrayEquals(new float[] {1f}, found.get("b").vector());
        assertEquals(Map.of(), store.find("other-model", List.of("a")));
    }

    @Test
    void theFileStoreKeepsTheFirstCopyAcrossRestartsAndSkipsATornLine(@TempDir Path folder) throws Exception {
        FileVectorStore store = new FileVectorStore(folder);
        store.keep("test/model", Map.of("a", Embedding.from(new float[] {0.25f, -1.5f, 3f})));
        store.keep("test/model", Map.of("a", Embedding.from(new float[] {9f, 9f, 9f})));
        Files.writeString(folder.resolve("test_model.vectors"), "b\tnot-base64!\nc", StandardOpenOption.APPEND);

        FileVectorStore restarted = new FileVectorStore(folder);
        Map<String, Embedding> found = restarted.find("test/model", List.of("a", "b", "c"));

        assertEquals(Set.of("a"), found.keySet());
        assertArrayEquals(new float[] {0.25f, -1.5f, 3f}, found.get("a").vector());
        assertEquals(Map.of(), restarted.find("other-model", List.of("a")));
    }

    @Test
    void anIndexOverTheDatabaseStoreEmbedsOnlyOnce() {
        QuarkusTransaction.requiringNew().run(() -> StoredVector.delete("model", embeddings.modelName()));
        KnowledgeBase overDatabase = new KnowledgeBase();
        overDatabase.settings = settings;
        overDatabase.embeddings = embeddings;
        overDatabase.store = new DatabaseVectorStore();
        overDatabase.reindexed = reindexed;

        KnowledgeReindexed first = overDatabase.reindex();
        KnowledgeReindexed second = overDatabase.reindex();

        assertTrue(first.embedded() > first.passages(), "passages and their sentences embedded: " + first);
        assertEquals(0, second.embedded());
        Embedding query = embeddings.embedPost("how heavy can my cabin bag be");
        assertEquals(knowledgeBase.search(query, 3), overDatabase.search(query, 3));
    }

    @Test
    void anArticleSavedOnDiskIsIndexedAgainFromTheStore() throws Exception {
        assertTrue(knowledgeBase.reindexIfChanged().isEmpty());

        Path article = Path.of("knowledge-base", "baggage.md");
        Files.setLastModifiedTime(article, FileTime.from(Instant.now()));

        KnowledgeReindexed again = knowledgeBase.reindexIfChanged().orElseThrow();
        assertEquals(0, again.embedded(), "nothing in the article changed, so every vector comes from the store");
        assertTrue(knowledgeBase.reindexIfChanged().isEmpty());
    }
}
