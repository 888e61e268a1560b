package com.firstline.incident;

import com.firstline.triage.Intent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether a new post is part of a spike: within the sliding window, the posts close in
 * meaning to it (an emerging cluster), or failing that the posts of its intent, number at least
 * {@code minPosts} and at least {@code spikeFactor} times their average per window over the
 * baseline period before. A pure function of the posts given, so every instance (and the bench)
 * decides alike from the same database.
 */
public record SpikeRule(java.time.Duration window, int minPosts, double spikeFactor, java.time.Duration baseline,
                        double baselineFloor, double clusterSimilarity) {

    /** Intents too broad to mean one thing when they spike; their posts still form clusters. */
    static final Set<Intent> NOT_A_TOPIC = Set.of(Intent.OTHER, Intent.PRAISE, Intent.SPAM);

    public static SpikeRule of(IncidentSettings s) {
        return new SpikeRule(s.window(), s.minPosts(), s.spikeFactor(), s.baseline(), s.baselineFloor(),
                s.clusterSimilarity());
    }

    /** The earliest arrival that matters for a post arriving at {@code at}. */
    public Instant lookBackFrom(Instant at) {
        return at.minus(window).minus(baseline);
    }

    /** @param recent posts since {@link #lookBackFrom}, the new one included */
    public Optional<Spike> spikeAt(Post post, List<Post> recent) {
        Optional<Spike> cluster = spike(Spike.Kind.CLUSTER, post, recent,
                p -> p.similarity(post.meaning()) >= clusterSimilarity);
        if (cluster.isPresent() || NOT_A_TOPIC.contains(post.intent())) {
            return cluster;
        }
        return spike(Spike.Kind.INTENT, post, recent, p -> p.intent() == post.intent());
    }

    private Optional<Spike> spike(Spike.Kind kind, Post post, List<Post> recent, Predicate<Post> alike) {
        Instant windowStart = post.at().minus(window);
        List<Post> inWindow = recent.stream().filter(alike)
                .filter(p -> p.at().isAfter(windowStart) && !p.at().isAfter(post.at())).toList();
        long before = recent.stream().filter(alike)
                .filter(p -> !p.at().isAfter(windowStart) && p.at().isAfter(windowStart.minus(baseline))).count();
        double windows = Math.max(1, (double) baseline.toMillis() / window.toMillis());
        double baselinePerWindow = Math.max(baselineFloor, before / windows);
        boolean spiking = inWindow.size() >= minPosts && inWindow.size() >= spikeFactor * baselinePerWindow;
        return spiking ? Optional.of(new Spike(kind, post.intent(), inWindow, baselinePerWindow)) : Optional.empty();
    }
}
