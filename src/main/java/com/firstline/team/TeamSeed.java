package com.firstline.team;

import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Creates the first admin from configuration on the first start (when no admin exists) and the
 * members listed in firstline.team.seed (the tests' accounts; empty in production). Other
 * features add their members through {@link #addMissing} (the demo its accounts).
 */
@ApplicationScoped
public class TeamSeed {

    private static final Logger LOG = Logger.getLogger(TeamSeed.class);

    @Inject
    TeamSettings settings;

    void onStart(@Observes StartupEvent start) {
        seedAgainIfRefused(() -> {
            if (TeamMember.count("role", Role.ADMIN.code()) == 0) {
                TeamMember.create(settings.admin().username(), settings.admin().password(), Role.ADMIN, "Administrator");
                LOG.infof("Created the first admin '%s' from firstline.team.admin.*", settings.admin().username());
            }
            settings.seed().orElse(List.of()).forEach(TeamSeed::addMissing);
        });
    }

    /** Adds each member (username:role:password) not on the team yet. */
    public void addMissing(List<String> members) {
        seedAgainIfRefused(() -> members.forEach(TeamSeed::addMissing));
    }

    /**
     * Instances started together on a new database seed at the same moment: one commits and the
     * other's insert of the same name is refused. Seeding again finds them there.
     */
    private static void seedAgainIfRefused(Runnable seed) {
        try {
            QuarkusTransaction.requiringNew().run(seed);
        } catch (RuntimeException concurrentSeed) {
            LOG.infof("Team seed refused (another instance seeding at the same moment?): %s; seeding again",
                    concurrentSeed.getMessage());
            QuarkusTransaction.requiringNew().run(seed);
        }
    }

    private static void addMissing(String entry) {
        String[] parts = entry.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected username:role:password, got " + entry);
        }
        if (TeamMember.findByUsername(parts[0]).isEmpty()) {
            TeamMember.create(parts[0], parts[2], Role.fromCode(parts[1]), parts[0]);
        }
    }
}
