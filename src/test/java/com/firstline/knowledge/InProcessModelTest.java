package com.firstline.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running the model one post per thread must give the vectors LangChain4j's own class gives. */
class InProcessModelTest {

    @Test
    void itEmbedsPostsAsLangChain4jsModelDoesShortAndLong() {
        List<TextSegment> posts = List.of(
                TextSegment.from("my bag never arrived in Lisbon, flight LA123"),
                TextSegment.from("🙂 thanks!! ça marche"),
                TextSegment.from("the wifi was down the whole way ".repeat(120)));
        List<Embedding> ours = InProcessModel.load("bge-small-en-v15-q", 2).embedAll(posts).content();
        List<Embedding> theirs = new BgeSmallEnV15QuantizedEmbeddingModel().embedAll(posts).content();
        for (int i = 0; i < posts.size(); i++) {
            assertEquals(384, ours.get(i).dimension());
            double cosine = 0;
            for (int d = 0; d < 384; d++) {
                cosine += ours.get(i).vector()[d] * theirs.get(i).vector()[d];
            }
            assertTrue(cosine > 0.9999, "post " + i + ": cosine " + cosine);
        }
    }

    /** Embeddings.similarity is a plain dot product because of this. */
    @Test
    void bothModelsReturnUnitVectors() {
        for (String model : Embeddings.knownModels()) {
            for (Embedding vector : InProcessModel.load(model, 2).embedAll(List.of(TextSegment.from("where is my bag?"),
                    TextSegment.from("🙂 thanks!! ça marche"))).content()) {
                assertEquals(1.0, Embeddings.similarity(vector, vector), 1e-5, model);
            }
        }
    }

    @Test
    void anUnknownModelNameIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InProcessModel.load("gpt", 1));
        assertTrue(e.getMessage().contains("bge-small-en-v15-q or all-minilm-l6-v2"), e.getMessage());
    }
}
