package com.firstline.autopilot;

import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The autopilot policy in force: the keys under {@code firstline.autopilot.} in application.properties,
 * with the admins' overrides laid over them. A draft is sent only when every rule allows it;
 * everything else goes to the queue as it would without an autopilot.
 *
 * @param thresholds the lowest draft confidence per intent; intents not in it are never answered automatically
 */
public record Policy(AutopilotMode mode, boolean killSwitch, Map<Intent, Double> thresholds,
                     double negativeLimit, int vipReach, Optional<OpeningHours> hours, ZoneId zone,
                     int ratePerHour, Duration retractWithin) {

    private static final Set<String> NAMES = Set.of("mode", "kill-switch", "threshold", "negative-sentiment-limit",
            "vip-reach", "hours", "time-zone", "rate-limit-per-hour", "retract-within");
    private static final Pattern INTENT_NAME = Pattern.compile("intent\\.([A-Z_]+)\\.(enabled|threshold)");

    /** Whether a setting name means anything to the policy (so a typo in an override is refused). */
    public static boolean isSetting(String name) {
        Matcher m = INTENT_NAME.matcher(name);
        return NAMES.contains(name) || m.matches() && Arrays.stream(Intent.values()).anyMatch(i -> i.name().equals(m.group(1)));
    }

    private static int atLeastZero(Map<String, String> settings, String name) {
        int value = Integer.parseInt(required(settings, name).strip());
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, not " + value);
        }
        return value;
    }

    /** Builds the policy from setting names (without the prefix) and their values; bad values are refused. */
    public static Policy of(Map<String, String> settings) {
        Map<Intent, Double> thresholds = new EnumMap<>(Intent.class);
        for (Intent intent : Intent.values()) {
            String key = "intent." + intent.name() + ".";
            if (Boolean.parseBoolean(settings.getOrDefault(key + "enabled", "false"))) {
                thresholds.put(intent, fraction(settings, settings.containsKey(key + "threshold")
                        ? key + "threshold" : "threshold"));
            }
        }
        String hours = settings.getOrDefault("hours", "").strip();
        return new Policy(
                AutopilotMode.valueOf(required(settings, "mode").strip().toUpperCase(Locale.ROOT)),
                bool(settings, "kill-switch"),
                Collections.unmodifiableMap(thresholds),
                fraction(settings, "negative-sentiment-limit"),
                atLeastZero(settings, "vip-reach"),
                hours.isEmpty() ? Optional.empty() : Optional.of(OpeningHours.parse(hours)),
                ZoneId.of(required(settings, "time-zone").strip()),
                atLeastZero(settings, "rate-limit-per-hour"),
                Duration.parse("PT" + required(settings, "retract-within").strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The verdict on a draft whose post was also read another way (the in-process classifiers,
     * when an LLM did the triage): it is sent only when both readings would let it through.
     */
    public Verdict evaluate(Candidate c, Optional<Candidate> otherReading) {
        Verdict verdict = evaluate(c);
        if (!verdict.allowed() || otherReading.isEmpty()) {
            return verdict;
        }
        Verdict other = evaluate(otherReading.get());
        return other.allowed() ? verdict : Verdict.hold("the in-process classifiers would hold it: " + other.rule());
    }

    /** Every rule in turn; the first one that fails holds the draft for the queue. */
    public Verdict evaluate(Candidate c) {
        if (mode == AutopilotMode.OFF) {
            return Verdict.hold("autopilot is off");
        }
        if (killSwitch) {
            return Verdict.hold("kill switch is on");
        }
        if (c.autoAnsweredBefore()) {
            return Verdict.hold("the customer was already answered automatically in this case");
        }
        // An approved template was written for this situation, upset customers included: the
        // intent, confidence and sentiment rules judge the drafter's own answers only.
        Double threshold = thresholds.get(c.intent());
        if (!c.approvedTemplate() && threshold == null) {
            return Verdict.hold("intent " + c.intent() + " is not answered automatically");
        }
        if (!c.approvedTemplate() && c.confidence() < threshold) {
            return Verdict.hold(String.format(Locale.ROOT, "confidence %.2f is below %.2f for %s",
                    c.confidence(), threshold, c.intent()));
        }
        if (c.flagged()) {
            return Verdict.hold("the reply failed a reply check");
        }
        if (c.answersInAnotherLanguage()) {
            return Verdict.hold("the post is in " + c.postLanguage() + ", the reply in " + c.replyLanguage());
        }
        if (!c.approvedTemplate() && c.sentiment() == Sentiment.NEGATIVE && c.sentimentScore() >= negativeLimit) {
            return Verdict.hold(String.format(Locale.ROOT, "strongly negative (%.2f)", c.sentimentScore()));
        }
        if (c.reach() >= vipReach) {
            return Verdict.hold("reach " + c.reach() + " is at or above the VIP threshold " + vipReach);
        }
        if (!c.urgencySignals().isBlank()) {
            return Verdict.hold("urgency signal: " + c.urgencySignals());
        }
        if (!c.approvedTemplate() && !c.macroAllows()) {
            return Verdict.hold("the draft's macro is not sent automatically (or there is none)");
        }
        LocalTime local = c.at().atZone(zone).toLocalTime();
        if (hours.isPresent() && !hours.get().contains(local)) {
            return Verdict.hold("outside hours " + hours.get() + " " + zone);
        }
        if (c.sentInLastHour() >= ratePerHour) {
            return Verdict.hold("rate limit of " + ratePerHour + " an hour reached");
        }
        String answer = c.approvedTemplate() ? "approved template for intent " + c.intent()
                : String.format(Locale.ROOT, "intent %s at confidence %.2f >= %.2f", c.intent(), c.confidence(), threshold);
        return Verdict.allow(String.format(Locale.ROOT,
                "%s; checks passed; sentiment %s; reach %d < %d; no urgency signal; "
                        + "first automatic reply in the case; %s%s; %d of %d this hour",
                answer, c.sentiment(), c.reach(), vipReach,
                hours.map(h -> "within hours " + h + " ").orElse("any hour "), zone, c.sentInLastHour() + 1, ratePerHour));
    }

    private static String required(Map<String, String> settings, String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": not set");
        }
        return value;
    }

    private static boolean bool(Map<String, String> settings, String name) {
        String value = required(settings, name).strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + ": expected true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static double fraction(Map<String, String> settings, String name) {
        double value = Double.parseDouble(required(settings, name).strip());
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(name + ": expected a number from 0 to 1, got " + value);
        }
        return value;
    }
}
