package com.firstline.drafting.checks;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every factual claim backed by a cited passage. A reply must cite at least one passage; every
 * number it states (hours, days, kilos, amounts) must be in a cited passage, its policy, or the
 * customer's own post; and a link must come from a cited passage (none of them has one today).
 */
public final class Grounded implements ReplyCheck {

    private static final Pattern LINK = Pattern.compile(
            "(https?://\\S+|www\\.\\S+|\\b[\\w-]+\\.(com|net|org|io|ly|co|info|xyz|app|link)(/\\S*)?\\b)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<String> problem(CheckedReply reply) {
        if (reply.cited().isEmpty()) {
            return Optional.of("Cites no knowledge-base passage: every fact needs a source.");
        }
        var link = LINK.matcher(reply.text());
        if (link.find() && !reply.citedText().contains(link.group())) {
            return Optional.of("Contains a link (" + link.group() + ") that no cited passage gives.");
        }
        Set<String> backed = Numbers.in(reply.citedText() + "\n" + reply.customerText());
        reply.cited().forEach(p -> backed.addAll(Numbers.inPolicy(p.policy())));
        return Numbers.in(reply.text()).stream().filter(n -> !backed.contains(n)).findFirst()
                .map(n -> "States " + n + ", which no cited passage backs.");
    }
}
