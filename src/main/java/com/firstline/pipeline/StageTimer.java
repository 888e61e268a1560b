package com.firstline.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The {@code firstline.stage} timer of one pipeline stage: one tag, {@code stage}, for every stage alike. */
public final class StageTimer {

    private StageTimer() {
    }

    public static Timer of(MeterRegistry registry, String stage) {
        return Timer.builder("firstline.stage").tag("stage", stage).publishPercentileHistogram()
                .description("One step of a pipeline stage").register(registry);
    }
}
