package com.firstline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.firstline.knowledge.Embeddings;
import com.firstline.triage.SentimentClassifier;
import com.firstline.triage.SoftmaxRegression;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the sentiment heads that ship in src/main/resources/triage/: embeds the 2,000 TweetEval
 * validation tweets with each in-process model (as triage embeds posts: handles and links
 * removed), prints the 5-fold cross-validated macro-recall of the training recipe, then fits
 * on all tweets and writes the weights.
 *
 * <p>Run: {@code ./mvnw -B test -Pbench -Dtest=SentimentHeadTraining}.
 */
@Tag("bench")
class SentimentHeadTraining {

    static final SoftmaxRegression.Settings RECIPE = new SoftmaxRegression.Settings(5e-4, 300, 0.05, true);
    private static final int FOLDS = 5;
    private static final Path OUT = Path.of("src/main/resources");

    @Test
    void trainAndWriteHeads() throws Exception {
        var tweets = Datasets.tweetEvalSentiment();
        int[] y = tweets.stream().mapToInt(t -> Integer.parseInt(t.label())).toArray();
        System.out.println("| model | tweets | 5-fold CV macro-recall | written to |");
        System.out.println("|---|---|---|---|");
        for (String model : Embeddings.knownModels()) {
            float[][] x = embed(Embeddings.inProcess(model), tweets.stream().map(t -> Embeddings.wordsOf(t.text())).toList());
            double cv = CrossValidation.macroRecall(x, y, 3, RECIPE, FOLDS);
            SoftmaxRegression head = SoftmaxRegression.fit(x, y, 3, RECIPE);
            String resource = SentimentClassifier.resourceFor(model);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(OUT.resolve(resource).toFile(),
                    new SentimentClassifier.HeadFile(model,
                            "TweetEval sentiment validation split (2,000 tweets), " + RECIPE,
                            round(head.weights()), head.bias()));
            System.out.printf("| %s | %d | %.3f | %s |%n", model, y.length, cv, resource);
        }
    }

    static float[][] embed(EmbeddingModel model, List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += 64) {
            model.embedAll(texts.subList(i, Math.min(texts.size(), i + 64)).stream().map(TextSegment::from).toList())
                    .content().forEach(e -> vectors.add(e.vector()));
        }
        return vectors.toArray(float[][]::new);
    }

    /** Six significant digits are plenty and keep the resource small. */
    private static double[][] round(double[][] w) {
        double[][] r = new double[w.length][];
        for (int c = 0; c < w.length; c++) {
            r[c] = java.util.Arrays.stream(w[c]).map(v -> Double.parseDouble(String.format("%.6g", v))).toArray();
        }
        return r;
    }
}
