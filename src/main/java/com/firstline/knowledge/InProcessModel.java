package com.firstline.knowledge;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One of the in-process ONNX models whose weights ship in LangChain4j's Maven jars, run the way
 * short posts run fastest: each post on one thread, as many posts at once as there are
 * {@code threads}. LangChain4j's own model classes leave ONNX Runtime to split every post over
 * all cores while they also embed one post per core, so on two cores four threads fight over two;
 * a tweet of 30 tokens gains nothing from being split. Measured on 2 cores, 2,000 airline posts:
 * 58 posts/s as shipped, 115 posts/s this way, with the same vectors (cosine 1.0).
 */
final class InProcessModel extends AbstractInProcessEmbeddingModel {

    /** The models Firstline knows, by their {@code firstline.embedding.model} names. */
    enum Known {
        BGE_SMALL_EN_V15_Q("bge-small-en-v15-q", "bge-small-en-v1.5-q", PoolingMode.CLS),
        ALL_MINILM_L6_V2("all-minilm-l6-v2", "all-minilm-l6-v2", PoolingMode.MEAN);

        final String configName;
        final String resource;
        final PoolingMode pooling;

        Known(String configName, String resource, PoolingMode pooling) {
            this.configName = configName;
            this.resource = resource;
            this.pooling = pooling;
        }

        static Known named(String name) {
            return Arrays.stream(values()).filter(k -> k.configName.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("firstline.embedding.model: unknown model '" + name
                            + "', use bge-small-en-v15-q or all-minilm-l6-v2"));
        }
    }

    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private InProcessModel(ExecutorService threads, OnnxBertBiEncoder encoder) {
        super(threads);
        this.encoder = encoder;
    }

    static InProcessModel load(String name, int threads) {
        Known known = Known.named(name);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(read(known.resource + ".onnx"), options);
            try (InputStream tokenizer = open(known.resource + "-tokenizer.json")) {
                OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, known.pooling);
                return new InProcessModel(Executors.newFixedThreadPool(threads, InProcessModel::daemon), encoder);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model " + name + " could not be loaded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String resource) {
        InputStream in = InProcessModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The embedding model's file " + resource + " is not on the class path");
        }
        return in;
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "embedding");
        thread.setDaemon(true);
        return thread;
    }
}
