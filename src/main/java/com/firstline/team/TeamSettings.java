package com.firstline.team;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** The team made at start-up; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.team")
public interface TeamSettings {

    /** The first admin, created when the team has none. */
    Admin admin();

    /** Members to add when missing, as username:role:password (tests and trials). */
    Optional<List<String>> seed();

    interface Admin {
        String username();

        String password();
    }
}
