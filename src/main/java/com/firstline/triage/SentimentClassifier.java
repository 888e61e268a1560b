package com.firstline.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.firstline.knowledge.Embeddings;
import dev.langchain4j.data.embedding.Embedding;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Negative / neutral / positive from a logistic-regression head over the post's embedding. The
 * head's weights ship as {@code triage/sentiment-head-<model>.json}, made by the
 * {@code SentimentHeadTraining} harness (see bench/README.md) from the TweetEval tweets.
 */
@ApplicationScoped
public class SentimentClassifier {

    /** The weights file: which embedding model it was fitted for, and the matrix. */
    public record HeadFile(String model, String trainedOn, double[][] weights, double[] bias) {
    }

    @Inject
    Embeddings embeddings;

    @Inject
    ObjectMapper json;

    private Head<Sentiment> head;

    @PostConstruct
    void load() {
        String resource = resourceFor(embeddings.modelName());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No sentiment head for embedding model " + embeddings.modelName()
                        + " (" + resource + "); train one with the SentimentHeadTraining harness");
            }
            HeadFile file = json.readValue(in, HeadFile.class);
            head = new Head<>(Sentiment.class, new SoftmaxRegression(file.weights(), file.bias()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public static String resourceFor(String model) {
        return "triage/sentiment-head-" + model + ".json";
    }

    public Scored<Sentiment> classify(Embedding post) {
        return head.best(post);
    }
}
