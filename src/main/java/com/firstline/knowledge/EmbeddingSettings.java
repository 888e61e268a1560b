package com.firstline.knowledge;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The in-process embedding model (firstline.embedding.*); values and documentation in application.properties. */
@ConfigMapping(prefix = "firstline.embedding")
public interface EmbeddingSettings {

    /** bge-small-en-v15-q or all-minilm-l6-v2. */
    String model();

    /** Posts embedded at once, each on one thread; one per core unless set. */
    Optional<Integer> threads();

    /** Posts whose vectors are remembered, so drafting and the autopilot do not embed them again. */
    int cacheSize();
}
