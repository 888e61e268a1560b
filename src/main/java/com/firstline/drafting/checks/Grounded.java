package com.firstline.drafting.checks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    /**
     * Things of value a reply may offer, by the word stems that name them. Miles are left out: the
     * loyalty programme is called Lumen Miles, and a number of bonus miles is caught as a number.
     */
    private static final List<Pattern> REMEDIES = Stream.of("refund", "compensat", "voucher", "free", "upgrad",
                    "reimburs", "credit", "hotel", "meal", "lounge", "taxi", "cash")
            .map(stem -> Pattern.compile("\\b" + stem + "\\w*", Pattern.CASE_INSENSITIVE)).toList();

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
                .map(n -> "States " + n + ", which no cited passage backs.")
                .or(() -> unbackedRemedy(reply));
    }

    private static Optional<String> unbackedRemedy(CheckedReply reply) {
        for (Pattern remedy : REMEDIES) {
            var offered = remedy.matcher(reply.text());
            if (offered.find() && !remedy.matcher(reply.citedText()).find()) {
                return Optional.of("Speaks of " + offered.group().toLowerCase(Locale.ROOT)
                        + ", which no cited passage offers.");
            }
        }
        return Optional.empty();
    }
}
