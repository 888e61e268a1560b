package com.firstline.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * Creates the first admin from configuration on the first start (when no admin exists), and the
 * members listed in firstline.team.seed (the demo's and the tests' accounts; empty in production).
 */
@ApplicationScoped
public class TeamSeed {

    private static final Logger LOG = Logger.getLogger(TeamSeed.class);

    @ConfigProperty(name = "firstline.team.admin.username")
    String adminUsername;

    @ConfigProperty(name = "firstline.team.admin.password")
    String adminPassword;

    /** Entries "username:role:password"; for demos and tests only. */
    @ConfigProperty(name = "firstline.team.seed")
    Optional<List<String>> seed;

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (TeamMember.count("role", Role.ADMIN.code()) == 0) {
                TeamMember.create(adminUsername, adminPassword, Role.ADMIN, "Administrator");
                LOG.infof("Created the first admin '%s' from firstline.team.admin.*", adminUsername);
            }
            seed.orElse(List.of()).forEach(this::seedMember);
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
