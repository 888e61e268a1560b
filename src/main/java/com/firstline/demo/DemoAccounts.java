package com.firstline.demo;

import com.firstline.team.TeamSeed;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** While the demo is on, its accounts (firstline.demo.accounts, with the password the README gives) are on the team. */
@ApplicationScoped
public class DemoAccounts {

    @Inject
    DemoSettings settings;

    @Inject
    TeamSeed team;

    void onStart(@Observes StartupEvent start) {
        if (settings.enabled()) {
            team.addMissing(settings.accounts());
        }
    }
}
