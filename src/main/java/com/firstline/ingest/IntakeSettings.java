package com.firstline.ingest;

import io.smallrye.config.ConfigMapping;

/** What intake accepts (firstline.intake.*); the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.intake")
public interface IntakeSettings {

    /** Longer posts are refused (400), not cut: a cut complaint could read as something else. */
    int maxTextLength();
}
