package com.firstline.drafting;

import io.smallrye.config.ConfigMapping;

/** How posts are matched to reply macros (firstline.macros.* in application.properties). */
@ConfigMapping(prefix = "firstline.macros")
public interface MacroSettings {

    /** Cosine similarity to a macro's closest example below which no draft is written: the post needs a reply. */
    double minSimilarity();

    /**
     * A safety macro this close to the post wins over a closer macro when the post also carries a
     * safety or vulnerable-customer signal: a missed safety report costs more than an escalation.
     */
    double safetySimilarity();

    /** Added to the similarity of macros of the post's triaged intent, times the intent's score. */
    double intentPrior();

    /** The similarity that maps to confidence 0 and the one that maps to 1 (linear between). */
    double confidenceFloor();

    double confidenceCeiling();

    /** How many other close macros are offered beside a draft. */
    int alternatives();

    /** Whether a post whose macro reply an agent approved unchanged becomes an example of that macro. */
    boolean learn();
}
