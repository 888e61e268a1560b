package com.firstline.pipeline;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** How the pipeline's Kafka topics are made when missing (firstline.kafka.topics.*; see application.properties). */
@ConfigMapping(prefix = "firstline.kafka.topics")
public interface TopicSettings {

    /** Create missing topics at start. */
    boolean create();

    /** Partitions of each pipeline topic: how many instances can share its work. */
    int partitions();

    int deadLetterPartitions();

    /** Empty: the broker's default.replication.factor. */
    Optional<Short> replicationFactor();
}
