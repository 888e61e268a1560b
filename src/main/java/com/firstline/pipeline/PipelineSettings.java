package com.firstline.pipeline;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How the pipeline's stages hand off and recover; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.pipeline")
public interface PipelineSettings {

    /** in-process (the embedded default) or kafka (scaleout). */
    String transport();

    /** The most mentions triage or drafting takes in one step. */
    int batchSize();

    /** Work handed off this long ago and not done downstream is offered again. */
    Duration stalledAfter();

    /** How often the stalled-work sweeps run (read by their schedules too). */
    Duration sweepEvery();
}
