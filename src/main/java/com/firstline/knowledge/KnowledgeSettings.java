package com.firstline.knowledge;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;

/** The knowledge base and where its vectors are kept (firstline.knowledge.*); values and documentation in application.properties. */
@ConfigMapping(prefix = "firstline.knowledge")
public interface KnowledgeSettings {

    /** The folder of articles and macros. */
    Path path();

    /** Passages embedded per call while indexing. */
    int indexBatch();

    /** Where vectors are kept between starts: memory, file or database. */
    String store();

    /** The folder of the file store. */
    Path storeFolder();

    /** How often the folder is looked at for changes (read by the scheduler too); off for never. */
    String watchEvery();
}
