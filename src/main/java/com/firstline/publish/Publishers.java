package com.firstline.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Finds a publisher by its target: the configured one, or the one that made a post. */
@ApplicationScoped
public class Publishers {

    @Inject
    Instance<Publisher> all;

    @ConfigProperty(name = "firstline.publish.target")
    String target;

    public Publisher active() {
        return byTarget(target);
    }

    public Publisher byTarget(String name) {
        return all.stream().filter(p -> p.target().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("firstline.publish.target: no publisher named " + name));
    }
}
