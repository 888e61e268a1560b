package com.firstline.triage;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Set;

/** How posts are read (firstline.triage.*); the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.triage")
public interface TriageSettings {

    /** The intent head fitted on the knowledge base's example posts. */
    IntentHead intent();

    /** Spam marks (promo words, links, handles) from which a post counts as spam. */
    int spamThreshold();

    /** Without spam marks, how sure the intent head must be before a post is closed as spam. */
    double spamMinScore();

    Languages languages();

    Llm llm();

    interface IntentHead {
        double l2();

        int epochs();
    }

    interface Languages {
        /** The languages Lingua may name when X gives none. */
        List<String> detect();

        /** The languages the team answers in; others are flagged and never answered by the autopilot. */
        Set<String> supported();
    }

    interface Llm {
        /** Topic and mood from the configured LLM, the in-process heads taking over on any failure. */
        boolean enabled();
    }
}
