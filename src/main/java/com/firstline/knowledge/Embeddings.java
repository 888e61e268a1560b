package com.firstline.knowledge;

import com.firstline.common.RecentlyUsed;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The in-process embedding model (ONNX, weights inside a Maven jar, no network). Triage and
 * drafting embed the same post text one after the other, so a small cache keyed by text makes
 * the second look-up free.
 *
 * <p>Not exposed as a CDI {@code EmbeddingModel} bean on purpose: the LangChain4j extension would
 * then also try to provide a remote one.
 */
@ApplicationScoped
public class Embeddings {

    private static final Logger LOG = Logger.getLogger(Embeddings.class);
    private static final Pattern HANDLES_AND_LINKS = Pattern.compile("@\\w+|https?://\\S+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Flight numbers ("LU 482", "DL4047", "flight 2222", "#flight5185"): which flight says nothing about what is wrong. */
    private static final Pattern FLIGHT_NUMBERS = Pattern.compile(
            "#?\\b(?:[A-Z]{2} ?\\d{2,4}|[A-Z]{2}\\d{2,4}|(?:[Ff]light|flt|FLT) ?#?\\d{2,4})\\b|#flight\\d{2,4}");

    @Inject
    EmbeddingSettings settings;

    private EmbeddingModel model;
    private Map<String, Embedding> recent;

    @PostConstruct
    void load() {
        long start = System.nanoTime();
        model = InProcessModel.load(settings.model(), settings.threads().orElse(Runtime.getRuntime().availableProcessors()));
        recent = RecentlyUsed.map(settings.cacheSize());
        LOG.infof("Embedding model %s loaded in %d ms", settings.model(), (System.nanoTime() - start) / 1_000_000);
    }

    public Embedding embed(String text) {
        Embedding cached = recent.get(text);
        if (cached != null) {
            return cached;
        }
        Embedding fresh = model.embed(text).content();
        recent.put(text, fresh);
        return fresh;
    }

    public List<Embedding> embedAll(List<TextSegment> segments) {
        return model.embedAll(segments).content();
    }

    /** A post's embedding: what {@link #wordsOf} leaves of it, embedded once and then taken from the cache. */
    public Embedding embedPost(String text) {
        return embed(wordsOf(text));
    }

    /**
     * Embeds many posts in one batch (several times faster than one by one) and keeps them in the
     * cache, so the stages that look at these posts next find them there.
     */
    public List<Embedding> embedPosts(List<String> texts) {
        List<String> words = texts.stream().map(Embeddings::wordsOf).toList();
        List<Embedding> vectors = embedAll(words.stream().map(TextSegment::from).toList());
        for (int i = 0; i < words.size(); i++) {
            recent.put(words.get(i), vectors.get(i));
        }
        return vectors;
    }

    /**
     * The part of a post that says what it is about: @handles and links removed. Nearly every post
     * starts with the brand's handle and the example posts never do, so handles only add noise to
     * the embedding (measured: intent macro-F1 on real airline posts rises by several points).
     * Flight numbers become "flight": otherwise "my seat on LU 310 was broken" came closest to
     * example posts that shared a flight number, whatever they were about.
     * A post that is nothing but handles and links is embedded as it is.
     */
    public static String wordsOf(String text) {
        String words = SPACES.matcher(FLIGHT_NUMBERS.matcher(HANDLES_AND_LINKS.matcher(text).replaceAll(" "))
                .replaceAll("flight")).replaceAll(" ").strip();
        return words.isEmpty() ? text : words;
    }

    /**
     * How close two of the model's vectors are (cosine similarity, -1..1). The in-process models
     * return unit vectors (InProcessModelTest checks it), so the cosine is their dot product: a
     * third of the arithmetic of a general cosine, which counts where every draft compares its post
     * with each of the 1,220 macro examples (a profile of the pipeline found a fifth of its Java
     * time there).
     */
    public static double similarity(float[] a, float[] b) {
        // Four running sums, not one: each addition waits for the one before it, so a single sum
        // runs at the adder's latency; four independent ones keep it busy (four times the rate).
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (int end = a.length - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    public static double similarity(Embedding a, Embedding b) {
        return similarity(a.vector(), b.vector());
    }

    public String modelName() {
        return settings.model();
    }

    /** The names {@code firstline.embedding.model} accepts. */
    public static List<String> knownModels() {
        return Arrays.stream(InProcessModel.Known.values()).map(k -> k.configName).toList();
    }

    /**
     * The in-process model of that name, run as the service runs it, for tools that embed outside
     * the service (the script that fits the sentiment heads), so the heads see the service's vectors.
     */
    public static EmbeddingModel inProcess(String name) {
        return InProcessModel.load(name, Runtime.getRuntime().availableProcessors());
    }
}
