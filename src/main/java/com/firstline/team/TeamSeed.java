package com.firstline.team;

import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * Creates the first admin from configuration on the first start (when no admin exists), the
 * members listed in firstline.team.seed (the tests' accounts; empty in production), and, only
 * while the demo is on, the demo's accounts (firstline.demo.accounts).
 */
@ApplicationScoped
public class TeamSeed {

    private static final Logger LOG = Logger.getLogger(TeamSeed.class);

    @Inject
    TeamSettings settings;

    @ConfigProperty(name = "firstline.demo.enabled")
    boolean demo;

    /** The demo's accounts, with a password everyone can read in the README. */
    @ConfigProperty(name = "firstline.demo.accounts")
    Optional<List<String>> demoAccounts;

    void onStart(@Observes StartupEvent start) {
        try {
            seed();
        } catch (RuntimeException concurrentSeed) {
            // Instances started together on a new database seed at the same moment: one commits
            // and the other's insert of the same name is refused. Seeding again finds them there.
            LOG.infof("Team seed refused (another instance seeding at the same moment?): %s; seeding again",
                    concurrentSeed.getMessage());
            seed();
        }
    }

    private void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (TeamMember.count("role", Role.ADMIN.code()) == 0) {
                TeamMember.create(settings.admin().username(), settings.admin().password(), Role.ADMIN, "Administrator");
                LOG.infof("Created the first admin '%s' from firstline.team.admin.*", settings.admin().username());
            }
            settings.seed().orElse(List.of()).forEach(this::seedMember);
            if (demo) {
                demoAccounts.orElse(List.of()).forEach(this::seedMember);
            }
        });
    }

    private void seedMember(String entry) {
        String[] parts = entry.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("firstline.team.seed: expected username:role:password, got " + entry);
        }
        if (TeamMember.findByUsername(parts[0]).isEmpty()) {
            TeamMember.create(parts[0], parts[2], Role.fromCode(parts[1]), parts[0]);
        }
    }
}
