package com.firstline.demo;

import com.firstline.publish.PublishSettings;
import com.firstline.team.TeamSettings;
import com.firstline.x.XSettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the demo a sandbox. Its replayed posts carry real-looking X ids, its simulated agents
 * approve drafts through the real review service, and its accounts share a published password:
 * none of that may meet real X. Firstline refuses to start when X is live (polling mentions or
 * posting replies) and the demo is on, or the first admin's password is still the demo's.
 */
@ApplicationScoped
public class DemoSandbox {

    static final String DEMO_PASSWORD = "firstline-demo";

    @Inject
    DemoSettings settings;

    @Inject
    XSettings x;

    @Inject
    PublishSettings publish;

    @Inject
    TeamSettings team;

    /** Runs before every other start-up step, so nothing of the demo starts against real X. */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        conflict(x.enabled(), publish.target(), settings.enabled(), team.admin().password()).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
    }

    /** Why this combination must not start, if it must not. */
    static Optional<String> conflict(boolean xPolling, String publishTarget, boolean demo, String adminPassword) {
        List<String> live = new ArrayList<>();
        if (xPolling) {
            live.add("X polling (FIRSTLINE_X_ENABLED=true)");
        }
        if ("x".equals(publishTarget)) {
            live.add("posting on X (FIRSTLINE_PUBLISH_TARGET=x)");
        }
        if (live.isEmpty()) {
            return Optional.empty();
        }
        if (demo) {
            return Optional.of("Refusing to start: the demo (its replayed posts, simulated history and demo accounts)"
                    + " is on together with " + String.join(" and ", live) + ". Set FIRSTLINE_DEMO_ENABLED=false"
                    + " to run against real X, or turn X off to run the demo.");
        }
        if (DEMO_PASSWORD.equals(adminPassword)) {
            return Optional.of("Refusing to start: " + String.join(" and ", live) + " is on, and the first admin's"
                    + " password is the demo's published one. Set FIRSTLINE_ADMIN_PASSWORD.");
        }
        return Optional.empty();
    }
}
