package com.firstline.drafting.checks;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every factual claim backed by a cited passage. A reply must cite at least one passage; every
 * number it states (hours, days, kilos, amounts) must be in a cited passage, its policy, or the
 * customer's own post; a link must come from a cited passage (none of them has one today); and
 * every remedy it speaks of (a refund, a voucher, a hotel, something free...) must be spoken of by
 * a cited passage: a reply about baggage cannot offer an upgrade, whatever the customer asked for.
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
        Set<String> backed = reply.citedNumbers();
        backed.addAll(Numbers.in(reply.customerText()));
        return Numbers.in(reply.text()).stream().filter(n -> !backed.contains(n)).findFirst()
                .map(n -> "States " + n + ", which no cited passage backs.")
                .or(() -> unbackedRemedy(reply));
    }

    private static Optional<String> unbackedRemedy(CheckedReply reply) {
        Map<String, String> offered = Remedies.in(reply.text());
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        Set<String> backed = reply.citedRemedies();
        return Remedies.STEMS.stream().filter(offered::containsKey).filter(stem -> !backed.contains(stem)).findFirst()
                .map(stem -> "Speaks of " + offered.get(stem).toLowerCase(Locale.ROOT) + ", which no cited passage offers.");
    }
}
