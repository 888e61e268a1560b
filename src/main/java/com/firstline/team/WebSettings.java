package com.firstline.team;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** The web workspace's own settings (firstline.web.*); values and documentation in application.properties. */
@ConfigMapping(prefix = "firstline.web")
public interface WebSettings {

    /** Other sites (scheme://host[:port]) whose pages may change things here; none unless set. */
    Optional<List<String>> allowedOrigins();

    /** The zone the pages show times in (read where times are formatted, {@code common.Times}). */
    String timeZone();
}
