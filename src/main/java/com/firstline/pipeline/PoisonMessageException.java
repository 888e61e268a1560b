package com.firstline.pipeline;

/** A message no stage can act on; on Kafka it is moved to the channel's dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }
}
