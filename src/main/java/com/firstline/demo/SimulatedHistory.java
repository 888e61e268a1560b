package com.firstline.demo;

import com.firstline.audit.AuditEvent;
import com.firstline.audit.AuditLog;
import com.firstline.ingest.IntakeService;
import com.firstline.ingest.MentionPayload;
import com.firstline.ingest.MentionResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import com.firstline.insight.InsightSettings;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * SIMULATED history for the demo, so the dashboard has weeks to show on the first run. Posts
 * from the demo file are sent again through the real intake as if written on past days, the
 * real pipeline triages and drafts them, and simulated agents decide the drafts through the
 * real review service (the replies are recorded locally by the publisher, as in the demo).
 * {@link SimulatedDecisions} then moves each case's timestamps back to when it is meant to have
 * happened. Runs once (an audit event marks it), only with the demo on; never in tests or
 * production (firstline.demo.history.days=0 there).
 */
@ApplicationScoped
public class SimulatedHistory {

    private static final Logger LOG = Logger.getLogger(SimulatedHistory.class);
    /** The audit action that marks the history as simulated, so it is simulated once. */
    static final String MARKER = "HISTORY_SIMULATED";
    private static final long SEED = 7;

    @Inject
    DemoSettings settings;

    @Inject
    InsightSettings insight;

    @Inject
    DemoReplay replay;

    @Inject
    IntakeService intake;

    @Inject
    SimulatedDecisions decisions;

    @Inject
    AuditLog audit;

    @Inject
    ManagedExecutor executor;

    /** One simulated post: when it was written and the dice for what happens to it. */
    record Planned(long mentionId, long caseId, Instant postedAt, boolean autopilotLive, boolean slowDay,
                   double choice, double responseNoise, int agent) {
    }

    void onStart(@Observes StartupEvent start) {
        int days = settings.history().days();
        if (settings.enabled() && days > 0) {
            executor.runAsync(() -> simulateOnce(days, settings.history().perDay())).exceptionally(e -> {
                LOG.error("Simulated history stopped", e);
                return null;
            });
        }
    }

    /** Simulates the last {@code days} days, unless a history was simulated before; returns the posts sent. */
    public int simulateOnce(int days, int perDay) {
        if (QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", MARKER)) > 0) {
            return 0;
        }
        LOG.infof("Simulating %d days of demo history (about %d posts a day); the dashboard shows it at /insight",
                days, perDay);
        List<Planned> planned = plan(days, perDay);
        int decided = (int) planned.stream().filter(decisions::decide).count();
        QuarkusTransaction.requiringNew().run(() -> audit.record("demo", MARKER, null, null,
                "Simulated demo history: " + planned.size() + " posts over " + days + " days, " + decided + " decided"));
        LOG.infof("Simulated demo history: %d posts over %d days, %d decided", planned.size(), days, decided);
        return planned.size();
    }

    /**
     * Sends the posts through intake with their past dates. Every third day is short-staffed
     * (slower answers), one day has twice the posts, and the autopilot runs live in the second
     * half of the range (in shadow mode before).
     */
    private List<Planned> plan(int days, int perDay) {
        Random random = new Random(SEED);
        List<MentionPayload> posts = replay.read(settings.file());
        ZoneId zoneId = ZoneId.of(insight.zone());
        LocalDate today = LocalDate.now(zoneId);
        List<Planned> planned = new ArrayList<>();
        for (int ago = days; ago >= 1; ago--) {
            LocalDate day = today.minusDays(ago);
            int count = (int) Math.round(perDay * (0.7 + 0.6 * random.nextDouble()) * (ago == days / 3 ? 2 : 1));
            for (int k = 0; k < count; k++) {
                MentionPayload source = posts.get(random.nextInt(posts.size()));
                Instant postedAt = day.atTime(7, 0).atZone(zoneId).toInstant()
                        .plus(Duration.ofSeconds(random.nextInt(15 * 3600)));
                String id = String.format("77%06d%04d", day.toEpochDay(), k);
                var result = intake.receive(MentionResource.PLATFORM, new MentionPayload(id, source.text(),
                        source.authorId(), id, postedAt, source.lang(), List.of(), source.publicMetrics(),
                        source.author()), postedAt);
                planned.add(new Planned(result.mentionId(), result.caseId(), postedAt, ago <= days / 2,
                        ago % 3 == 0, random.nextDouble(), random.nextGaussian(), random.nextInt(1000)));
            }
        }
        return planned;
    }
}
