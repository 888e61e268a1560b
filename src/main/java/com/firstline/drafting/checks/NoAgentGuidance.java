package com.firstline.drafting.checks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Text meant for agents never reaches a customer: the articles' guidance lines ({@code >} in
 * knowledge-base/*.md, "if the customer names someone, say that...") are kept out of every
 * passage, and a reply from any path (LLM, offline, an agent's edit) that repeats one of their
 * sentences is blocked.
 */
public final class NoAgentGuidance implements ReplyCheck {

    /** Words in a row shared with a guidance sentence that count as quoting it. */
    static final int RUN = 6;

    private final WordRuns guidanceRuns;

    /**
     * @param customerText what replies may say (the passages): words the guidance shares with it,
     *                     such as "send us a Direct Message", are no sign of quoting guidance
     */
    public NoAgentGuidance(List<String> guidance, List<String> customerText) {
        guidanceRuns = new WordRuns(RUN, guidance.stream()
                .flatMap(line -> Arrays.stream(line.split("(?<=[.!?])\\s+"))).toList(), customerText);
    }

    @Override
    public Optional<String> problem(CheckedReply reply) {
        return guidanceRuns.quotedIn(reply.text())
                ? Optional.of("Quotes guidance meant for agents: write to the customer instead.")
                : Optional.empty();
    }
}
