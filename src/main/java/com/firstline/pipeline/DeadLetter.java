package com.firstline.pipeline;

import java.time.Instant;
import java.util.Map;

/**
 * A record a stage could not act on, as it lies in a dead-letter topic: where it is, the topic it
 * came from, its key (the conversation), its value read as an id where it is one and as text, and
 * the headers Kafka and the connector put on it (the reason, the original position...).
 */
public record DeadLetter(String topic, int partition, long offset, String sourceTopic, String key, Long id,
                         String text, Instant at, Map<String, String> headers) {
}
