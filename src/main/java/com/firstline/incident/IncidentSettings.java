package com.firstline.incident;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** firstline.incident.*: when a spike of posts opens an incident, and how its replies go out. */
@ConfigMapping(prefix = "firstline.incident")
public interface IncidentSettings {

    /** Look for spikes at all. */
    boolean enabled();

    /** The sliding window posts are counted in. */
    Duration window();

    /** Posts in the window below which nothing is a spike, whatever the baseline. */
    int minPosts();

    /** How many times the baseline the window's count must reach. */
    double spikeFactor();

    /** The period before the window whose average count per window is the baseline. */
    Duration baseline();

    /** The baseline per window never counts as less than this (a quiet topic is not "infinitely" spiking). */
    double baselineFloor();

    /** Cosine similarity from which two posts belong to the same emerging cluster. */
    double clusterSimilarity();

    /** Cosine similarity to an open incident's centroid from which a new post joins it. */
    double joinSimilarity();

    /** The most recent posts looked at per new post (window plus baseline). */
    int maxPostsConsidered();

    /** How often approved replies are fanned out (read by the scheduler from the same key). */
    Duration fanOutEvery();

    /** Holding replies and follow-ups sent per fan-out tick (paced under X's posting limits). */
    int fanOutPerTick();

    Templates template();

    /** The offline wording of an incident's posts; {topic}, {fact}, {notes}, {name} and {handle} are filled in. */
    interface Templates {
        String broadcast();

        String holding();

        String followUp();
    }
}
