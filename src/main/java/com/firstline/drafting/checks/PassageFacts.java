package com.firstline.drafting.checks;

import com.firstline.knowledge.Passage;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a knowledge-base passage backs: the numbers it and its article's policy state, and the
 * remedies it speaks of. Read once per passage: every draft is checked several times against the
 * same few passages (the offline drafter checks each sentence it adds), and reading them again
 * each time was most of the checks' cost.
 */
record PassageFacts(Set<String> numbers, Set<String> remedies) {

    /** More entries than any knowledge base has passages: re-indexing makes new ones, so the old are let go. */
    private static final int KEPT = 10_000;
    private static final Map<Passage, PassageFacts> READ = new ConcurrentHashMap<>();

    static PassageFacts of(Passage passage) {
        if (READ.size() > KEPT) {
            READ.clear();
        }
        return READ.computeIfAbsent(passage, PassageFacts::read);
    }

    private static PassageFacts read(Passage passage) {
        Set<String> numbers = new HashSet<>(Numbers.in(passage.text()));
        numbers.addAll(Numbers.inPolicy(passage.policy()));
        return new PassageFacts(Set.copyOf(numbers), Set.copyOf(Remedies.in(passage.text()).keySet()));
    }
}
