package com.firstline.drafting;

import com.firstline.knowledge.Macro;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The details of one post a macro's reply can use: the customer's first name, and the flight,
 * airport, staff member and time they wrote. A detail the post does not give is absent, and a
 * reply variant that needs it is not used (except the first name, which is simply left out).
 */
public final class Slots {

    /** A flight number as customers write it: "LU 482", "LU482", "DL4047"; or "flight 2222". */
    private static final Pattern FLIGHT = Pattern.compile("\\b([A-Z]{2}) ?(\\d{2,4})\\b|\\b[Ff]light #?(\\d{2,4})\\b");
    /** An airport code right after a place word: "stuck at JFK", "from LAX", "HLD to". */
    private static final Pattern AIRPORT = Pattern.compile(
            "\\b(?:at|in|from|to|into|via|through|out of|leaving|landed in)\\s+([A-Z]{3})\\b|\\b([A-Z]{3})\\s+(?:airport|to|->|→|-)\\s");
    private static final Set<String> NOT_AIRPORTS = Set.of("THE", "AND", "YOU", "ALL", "ANY", "OUR", "NOT", "WHY",
            "HOW", "WHO", "GET", "CAN", "WTF", "OMG", "LOL", "SMH", "FYI", "ETA", "USA", "NYC", "TSA", "DMS", "APP");
    /** A named member of staff: "agent Monika", "FA named Cookie", "Monika at the gate", "thanks to Jo". */
    private static final Pattern STAFF = Pattern.compile(
            "\\b(?:agent|attendant|FA|pilot|crew member|staff member|employee|rep|representative|supervisor"
                    + "|steward|stewardess|purser|lady|gentleman|guy|woman|man)\\s+(?:named |called )?([A-Z][a-z]{2,})\\b"
                    + "|\\b(Captain [A-Z][a-z]{2,})\\b"
                    + "|\\b([A-Z][a-z]{2,})\\s+(?:at|from|on|in)\\s+(?:the\\s+)?(?:gate|desk|check-?in|counter|lounge|baggage|front)"
                    + "|\\b(?:shout ?out to|kudos to|props to|thanks to|thank you to|thank you,?|thanks,?)\\s+([A-Z][a-z]{2,})\\b");
    private static final Set<String> NOT_NAMES = Set.of("Lumen", "Air", "You", "Everyone", "Team", "The", "All", "God",
            "Delta", "For", "Again", "Guys", "Much", "Lots", "Folks", "From", "Your", "Our", "This", "That", "Today",
            "Halden", "Twitter", "Very", "Really", "So", "Crew", "Staff", "And", "But", "Gate");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|AM|PM)|\\d{1,2}:\\d{2})\\b");
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final Map<String, String> values;

    private Slots(Map<String, String> values) {
        this.values = values;
    }

    /** The details of a post by a customer whose profile name is {@code customerName} (may be null). */
    public static Slots of(String post, String customerName) {
        Map<String, String> values = new HashMap<>();
        firstName(customerName).ifPresent(v -> values.put("first_name", v));
        flight(post).ifPresent(v -> values.put("flight", v));
        first(AIRPORT, post, NOT_AIRPORTS).ifPresent(v -> values.put("airport", v));
        first(STAFF, post, NOT_NAMES).ifPresent(v -> values.put("staff", v));
        first(TIME, post, Set.of()).ifPresent(v -> values.put("time", v));
        return new Slots(values);
    }

    /** Whether every slot the reply variant uses, other than the first name, is known. */
    public boolean fills(String reply) {
        return Macro.slotsOf(reply).stream().allMatch(s -> s.equals("first_name") || values.containsKey(s));
    }

    /** How many of the post's own details the variant uses: more is more personal. */
    public long used(String reply) {
        return Macro.slotsOf(reply).stream().filter(values::containsKey).count();
    }

    /** The variant with its slots filled; an unknown first name is left out with its comma. */
    public String fill(String reply) {
        String text = reply;
        if (!values.containsKey("first_name")) {
            // "Thank you, {first_name}!" -> "Thank you!"; "Hi {first_name}, ..." -> "Hi, ..."; "{first_name}, we..." -> "We..."
            text = text.replaceAll(",\\s*\\{first_name}", "").replaceAll("\\s+\\{first_name}(?=,)", "")
                    .replaceAll("\\{first_name},?\\s*", "");
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(filled);
        String out = filled.toString().replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    static Optional<String> firstName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String first = name.strip().split("\\s+")[0];
        return first.matches("\\p{Lu}[\\p{L}'-]{1,30}") ? Optional.of(first) : Optional.empty();
    }

    /** The flight number the customer wrote, as "LU 482" or "flight 2222". */
    static Optional<String> flight(String text) {
        Matcher m = FLIGHT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2)
                : "flight " + m.group(3));
    }

    private static Optional<String> first(Pattern pattern, String text, Set<String> excluded) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String value = m.group(g);
                if (value != null && !excluded.contains(value)) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }
}
