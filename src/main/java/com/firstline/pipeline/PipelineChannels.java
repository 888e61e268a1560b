package com.firstline.pipeline;

/**
 * Names of the pipeline's channels. Each hand-off between two stages is one logical channel and
 * one Kafka topic (the names below without {@code -out}), seen through two channel names: the
 * sending stage's emitter writes to {@code <topic>-out}, the receiving stage reads {@code <topic>}.
 * A channel attached to a connector carries messages one way only, so the two directions need
 * names of their own:
 * <ul>
 *   <li>embedded ({@code firstline.pipeline.transport=in-process}): {@link InProcessChannels}
 *       joins each {@code -out} channel to its reader inside the JVM;</li>
 *   <li>scale-out ({@code kafka}): {@code -out} is a Kafka producer and the reader a Kafka consumer
 *       of the same topic (application.properties), so any instance of the consumer group may
 *       receive what another one sent.</li>
 * </ul>
 * Every message is an id of work already committed to the database, keyed by the case's
 * conversation ({@link Handoff}).
 */
public final class PipelineChannels {

    /** Stored mentions (ids) waiting for triage. */
    public static final String MENTIONS = "mentions";
    public static final String MENTIONS_OUT = "mentions-out";
    /** Triaged mentions (ids) waiting for a draft. */
    public static final String TRIAGED = "mentions-triaged";
    public static final String TRIAGED_OUT = "mentions-triaged-out";
    /** Approved replies (ids) waiting to be posted. */
    public static final String APPROVED_REPLIES = "replies-approved";
    public static final String APPROVED_REPLIES_OUT = "replies-approved-out";

    private PipelineChannels() {
    }
}
