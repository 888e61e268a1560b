package com.firstline.incident;

import com.firstline.triage.Intent;

import java.util.List;

/** A spike found: by intent or by an emerging cluster of similar posts, with the posts it groups. */
public record Spike(Kind kind, Intent intent, List<Post> posts, double baselinePerWindow) {

    public enum Kind { INTENT, CLUSTER }
}
