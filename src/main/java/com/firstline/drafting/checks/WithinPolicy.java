package com.firstline.drafting.checks;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No promise beyond policy: every amount of money or percentage in the reply must be one of the
 * policy facts (front matter) of the articles it cites, or stated in a cited passage. A customer who writes "your policy says
 * 1000 EUR" gets no echo of it, however the post is phrased.
 */
public final class WithinPolicy implements ReplyCheck {

    private static final String CURRENCY = "(?:€|EUR|euros?|\\$|USD|dollars?|£|GBP|pounds?)";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:" + CURRENCY + "\\s?(\\d[\\d,.]*))|(?:(\\d[\\d,.]*)\\s?(?:" + CURRENCY + "|%|percent))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GUARANTEE = Pattern.compile(
            "\\b(we guarantee|guaranteed (refund|compensation)|you will (definitely|certainly) (get|receive))\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<String> problem(CheckedReply reply) {
        Set<String> allowed = reply.citedNumbers();
        Matcher m = AMOUNT.matcher(reply.text());
        while (m.find()) {
            String amount = Numbers.normal(m.group(1) != null ? m.group(1) : m.group(2));
            if (!allowed.contains(amount)) {
                return Optional.of("Promises an amount (" + m.group().strip()
                        + ") that is not in the policy of the cited articles.");
            }
        }
        if (GUARANTEE.matcher(reply.text()).find()) {
            return Optional.of("Guarantees an outcome the policy does not: say what the policy says instead.");
        }
        return Optional.empty();
    }
}
