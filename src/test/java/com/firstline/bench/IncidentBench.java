package com.firstline.bench;

import com.firstline.autopilot.Candidate;
import com.firstline.autopilot.Policy;
import com.firstline.autopilot.PolicyStore;
import com.firstline.autopilot.Verdict;
import com.firstline.drafting.ProposedReply;
import com.firstline.drafting.ReplyContext;
import com.firstline.incident.Incident;
import com.firstline.incident.IncidentDrafts;
import com.firstline.incident.Post;
import com.firstline.incident.Spike;
import com.firstline.incident.SpikeRule;
import com.firstline.incident.IncidentSettings;
import com.firstline.incident.Vectors;
import com.firstline.knowledge.Embeddings;
import com.firstline.support.OfflineDrafts;
import com.firstline.triage.Assessment;
import com.firstline.triage.Intent;
import com.firstline.triage.TriageRequest;
import com.firstline.triage.TriageService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Incident detection replayed on real airline posts with a synthetic outage burst injected, and
 * the autopilot's policy in shadow mode on the same posts. Tag "bench": {@code ./mvnw -B test
 * -Pbench -Dtest=IncidentBench}. {@code -Dbench.incident.posts=N} sets how many real posts form
 * the background (default 1500). Prints tables; asserts nothing.
 */
@QuarkusTest
@Tag("bench")
class IncidentBench {

    /** The background: real posts spread evenly over this long, the burst injected in the middle. */
    static final Duration SPAN = Duration.ofHours(12);
    static final Duration BURST_LENGTH = Duration.ofMinutes(15);
    static final List<String> BURST_OPENINGS = List.of("@LumenAir", "@LumenAir hey", "hey @LumenAir", "@LumenAir why",
            "@LumenAir seriously,", "@LumenAir help,");
    static final List<String> BURST_BODIES = List.of(
            "the LumenLink wifi is down on my flight", "wifi not working at all on board", "no internet on this flight, "
                    + "LumenLink won't connect", "paid for the Stream pass and the wifi keeps dropping",
            "in-flight wifi broken again", "can't connect to LumenLink, says no service", "is the onboard wifi down?",
            "wifi on LU 482 is dead", "the internet on board is not loading anything", "LumenLink login page never loads");

    @Inject
    TriageService triage;

    @Inject
    Embeddings embeddings;

    @Inject
    OfflineDrafts drafts;

    @Inject
    IncidentDrafts incidentDrafts;

    @Inject
    IncidentSettings settings;

    @Inject
    PolicyStore policies;

    record Arrival(String text, Instant at, boolean burst) {
    }

    @Test
    void report() throws IOException {
        List<String> real = Datasets.airlineCustomerPosts();
        int n = Math.min(real.size(), Integer.getInteger("bench.incident.posts", 1500));
        List<String> background = real.subList(0, n);
        System.out.printf("%nIncident detection: %d real posts over %d h, %d-post outage burst over %d min (cores %d, load %.1f)%n",
                n, SPAN.toHours(), burstSize(), BURST_LENGTH.toMinutes(), Runtime.getRuntime().availableProcessors(),
                load());
        outage(arrivals(background));
        shadow(background);
    }

    private static int burstSize() {
        return Integer.getInteger("bench.incident.burst", 40);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The real posts at an even pace, the burst's posts at random moments within its span. */
    private static List<Arrival> arrivals(List<String> background) {
        Instant start = Instant.parse("2026-11-23T00:00:00Z");
        Instant burstStart = start.plus(SPAN.dividedBy(2));
        Random random = new Random(7);
        List<Arrival> all = new ArrayList<>();
        for (int i = 0; i < background.size(); i++) {
            all.add(new Arrival(background.get(i), start.plus(SPAN.multipliedBy(i).dividedBy(background.size())), false));
        }
        for (int i = 0; i < burstSize(); i++) {
            String text = BURST_OPENINGS.get(random.nextInt(BURST_OPENINGS.size())) + " "
                    + BURST_BODIES.get(random.nextInt(BURST_BODIES.size()));
            all.add(new Arrival(text, burstStart.plusMillis((long) (random.nextDouble() * BURST_LENGTH.toMillis())), true));
        }
        all.sort((a, b) -> a.at().compareTo(b.at()));
        return all;
    }

    /**
     * Replays the arrivals through the same spike rule and matching as the service (posts join an
     * open incident when close to its centroid, or of its intent for an intent spike), in memory.
     */
    private void outage(List<Arrival> arrivals) {
        long t0 = System.nanoTime();
        embeddings.embedPosts(arrivals.stream().map(Arrival::text).toList());
        double embedSeconds = (System.nanoTime() - t0) / 1e9;
        SpikeRule rule = SpikeRule.of(settings);
        List<Post> recent = new ArrayList<>();
        List<Opened> incidents = new ArrayList<>();
        Set<Long> grouped = new HashSet<>();
        Map<Long, Arrival> byId = new HashMap<>();
        Instant firstBurst = arrivals.stream().filter(Arrival::burst).map(Arrival::at).min(Instant::compareTo).orElseThrow();
        int burstSeen = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival a = arrivals.get(i);
            burstSeen += a.burst() ? 1 : 0;
            Assessment assessed = triage.assess(TriageRequest.ofText(a.text()));
            Post post = new Post(i, a.at(), assessed.intent(), embeddings.embedPost(a.text()).vector());
            byId.put((long) i, a);
            Optional<Opened> match = incidents.stream().filter(o -> o.matches(post, settings.joinSimilarity())).findFirst();
            if (match.isPresent()) {
                match.get().members.add(post.mentionId());
                grouped.add(post.mentionId());
                continue;
            }
            recent.removeIf(p -> p.at().isBefore(rule.lookBackFrom(a.at())));
            recent.add(post);
            Optional<Spike> spike = rule.spikeAt(post, recent.stream().filter(p -> !grouped.contains(p.mentionId())).toList());
            if (spike.isPresent()) {
                long draftStart = System.nanoTime();
                Opened opened = new Opened(spike.get(), a.at(), burstSeen, draftTime(spike.get()));
                opened.draftMillis = (System.nanoTime() - draftStart) / 1e6;
                spike.get().posts().forEach(p -> opened.members.add(p.mentionId()));
                grouped.addAll(opened.members);
                incidents.add(opened);
            }
        }
        long burstTotal = arrivals.stream().filter(Arrival::burst).count();
        System.out.printf("| %-58s | %14s |%n", "figure", "value");
        row("posts replayed (embedding them took)", String.format("%d (%.1f s)", arrivals.size(), embedSeconds));
        row("incidents opened", incidents.size());
        for (int k = 0; k < incidents.size(); k++) {
            Opened o = incidents.get(k);
            long members = o.members.size();
            long burstIn = o.members.stream().filter(id -> byId.get(id).burst()).count();
            boolean outage = burstIn * 2 > members;
            String name = "incident " + (k + 1) + " (" + o.spike.kind().name().toLowerCase() + " " + o.spike.intent()
                    + (outage ? ", the outage" : ", background") + ")";
            row(name + ": opened at", o.at.toString());
            if (outage) {
                row("  detection delay after the first outage post", String.format("%.1f min (%d posts in)",
                        Duration.between(firstBurst, o.at).toMillis() / 60000.0, o.burstSeen));
                row("  grouping precision (outage posts / posts grouped)", String.format("%.2f (%d/%d)",
                        (double) burstIn / members, burstIn, members));
                row("  grouping recall (outage posts grouped / outage posts)", String.format("%.2f (%d/%d)",
                        (double) burstIn / burstTotal, burstIn, burstTotal));
                row("  first post to broadcast ready for approval", String.format("%.1f min + %.0f ms drafting",
                        Duration.between(firstBurst, o.at).toMillis() / 60000.0, o.draftMillis));
                row("  broadcast drafted", o.broadcast.length() > 50 ? o.broadcast.substring(0, 50) + "…" : o.broadcast);
            } else {
                row("  posts grouped", members);
            }
        }
    }

    private String draftTime(Spike spike) {
        Incident draft = new Incident();
        draft.intent = spike.intent();
        draft.centroid = Vectors.text(Vectors.mean(spike.posts().stream().map(Post::meaning).toList()));
        incidentDrafts.draft(draft);
        return draft.broadcastText;
    }

    /** An incident opened in the replay, and the posts it grouped. */
    private static final class Opened {
        final Spike spike;
        final Instant at;
        final int burstSeen;
        final String broadcast;
        final Set<Long> members = new HashSet<>();
        final float[] centroid;
        double draftMillis;

        Opened(Spike spike, Instant at, int burstSeen, String broadcast) {
            this.spike = spike;
            this.at = at;
            this.burstSeen = burstSeen;
            this.broadcast = broadcast;
            this.centroid = Vectors.mean(spike.posts().stream().map(Post::meaning).toList());
        }

        boolean matches(Post post, double joinSimilarity) {
            return post.joins(spike.kind(), spike.intent(), centroid, joinSimilarity);
        }
    }

    /** The configured policy in shadow mode at any hour, on the same posts: how many it would answer. */
    private void shadow(List<String> posts) {
        Map<String, String> settings = new HashMap<>(policies.configured());
        settings.put("mode", "SHADOW");
        settings.put("hours", "");
        Policy policy = Policy.of(settings);
        int considered = 0;
        int passed = 0;
        int wouldSend = 0;
        Map<String, Integer> held = new HashMap<>();
        for (String text : posts) {
            ReplyContext context = drafts.context("customer", null, text);
            if (context.intent() == Intent.SPAM) {
                continue;
            }
            considered++;
            ProposedReply reply = drafts.draft(context);
            boolean clean = drafts.problems(context, reply).isEmpty();
            passed += clean ? 1 : 0;
            Assessment a = triage.assess(TriageRequest.ofText(text));
            Verdict v = policy.evaluate(new Candidate(a.intent(), reply.confidence(), !clean, reply.choice().autoSendable(), a.sentiment(),
                    a.sentimentScore(), a.reach(), String.join(",", a.signals().stream().map(Enum::name).toList()),
                    false, Instant.now(), 0, false, a.language(), "en"));
            if (v.allowed()) {
                wouldSend++;
            } else {
                held.merge(v.rule().replaceAll("[0-9.()]+", "").replaceAll(":.*", "").strip(), 1, Integer::sum);
            }
        }
        System.out.printf("%nAutopilot in shadow mode on %d real posts (policy from application.properties, any hour, "
                + "no rate limit, reach unknown = 0; load %.1f)%n", considered, load());
        System.out.printf("| %-58s | %14s |%n", "figure", "value");
        row("guardrail pass rate (drafts passing every reply check)", pct(passed, considered));
        row("autopilot rate (would have sent)", pct(wouldSend, considered));
        int all = considered;
        held.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> row("  held: " + e.getKey(), pct(e.getValue(), all)));
    }

    private static String pct(int part, int whole) {
        return String.format("%.1f%% (%d)", whole == 0 ? 0 : 100.0 * part / whole, part);
    }

    private static void row(String name, Object value) {
        System.out.printf("| %-58s | %14s |%n", name, value);
    }
}
