package com.firstline.pipeline;

/**
 * Names of the pipeline's channels. In-process by default; with the Kafka connector configured
 * each becomes a topic of the same name.
 */
public final class PipelineChannels {

    /** Stored mentions (ids) waiting for triage. */
    public static final String MENTIONS = "mentions";
    /** Triaged mentions (ids) waiting for a draft. */
    public static final String TRIAGED = "mentions-triaged";
    /** Approved replies (ids) waiting to be posted. */
    public static final String APPROVED_REPLIES = "replies-approved";

    private PipelineChannels() {
    }
}
