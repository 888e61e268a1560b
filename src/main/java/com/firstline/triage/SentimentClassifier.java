package com.firstline.triage;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.firstline.knowledge.Embeddings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Negative / neutral / positive from labelled example posts (triage/sentiment-examples.yaml). */
@ApplicationScoped
public class SentimentClassifier {

    private static final String EXAMPLES = "triage/sentiment-examples.yaml";

    @Inject
    Embeddings embeddings;

    private ExampleClassifier<Sentiment> classifier;

    @PostConstruct
    void train() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EXAMPLES)) {
            Map<Sentiment, List<String>> examples = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<>() { });
            classifier = new ExampleClassifier<>(embeddings, examples, Sentiment.NEUTRAL);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + EXAMPLES, e);
        }
    }

    ExampleClassifier.Labelled<Sentiment> classify(String text) {
        return classifier.classify(text);
    }
}
