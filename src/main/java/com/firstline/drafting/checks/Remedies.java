package com.firstline.drafting.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Things of value a reply may offer, by the word stems that name them. Miles are left out: the
 * loyalty programme is called Lumen Miles, and a number of bonus miles is caught as a number.
 */
final class Remedies {

    static final List<String> STEMS = List.of("refund", "compensat", "voucher", "free", "upgrad", "reimburs",
            "credit", "hotel", "meal", "lounge", "taxi", "cash");
    /** All stems in one pattern, so a text is read once (no stem begins another). */
    private static final Pattern ANY = Pattern.compile("\\b(" + String.join("|", STEMS) + ")\\w*", Pattern.CASE_INSENSITIVE);

    private Remedies() {
    }

    /** The remedies a text speaks of: stem to the first word that names it ("refunds"). */
    static Map<String, String> in(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            found.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group());
        }
        return found;
    }
}
