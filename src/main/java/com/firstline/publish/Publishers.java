package com.firstline.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Finds a publisher by its target: the configured one, or the one that made a post. */
@ApplicationScoped
public class Publishers {

    @Inject
    Instance<Publisher> all;

    @Inject
    PublishSettings settings;

    public Publisher active() {
        return byTarget(settings.target());
    }

    public Publisher byTarget(String name) {
        return all.stream().filter(p -> p.target().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("firstline.publish.target: no publisher named " + name));
    }
}
