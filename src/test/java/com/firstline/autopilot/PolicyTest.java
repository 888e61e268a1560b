package com.firstline.autopilot;

import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Each rule of the autopilot policy holds a draft on its own; only a draft passing all of them is sent. */
class PolicyTest {

    /** 10:00 in Lisbon in November (UTC+0). */
    private static final Instant MORNING = Instant.parse("2026-11-23T10:00:00Z");

    private static Map<String, String> settings() {
        Map<String, String> s = new HashMap<>(Map.of("mode", "LIVE", "kill-switch", "false", "threshold", "0.8",
                "negative-sentiment-limit", "0.6", "vip-reach", "10000", "hours", "07:00-23:00",
                "time-zone", "Europe/Lisbon", "rate-limit-per-hour", "5", "retract-within", "15m"));
        s.put("intent.BAGGAGE.enabled", "true");
        s.put("intent.INFLIGHT_ENTERTAINMENT.enabled", "true");
        s.put("intent.INFLIGHT_ENTERTAINMENT.threshold", "0.5");
        return s;
    }

    private static Candidate eligible() {
        return new Candidate(Intent.BAGGAGE, 0.9, false, true, Sentiment.NEUTRAL, 0.8, 250, "", false, MORNING, 0, false, "en", "en");
    }

    private static Verdict verdict(Map<String, String> settings, Candidate c) {
        return Policy.of(settings).evaluate(c);
    }

    @Test
    void aDraftPassingEveryRuleIsAllowedAndTheRuleSaysWhy() {
        Verdict v = verdict(settings(), eligible());
        assertTrue(v.allowed(), v.rule());
        assertTrue(v.rule().contains("intent BAGGAGE at confidence 0.90 >= 0.80"), v.rule());
        assertTrue(v.rule().contains("1 of 5 this hour"), v.rule());
    }

    /** With LLM triage, a post that talked the model into an eligible reading is held by the classifiers' reading. */
    @Test
    void aDraftIsSentOnlyWhenTheClassifiersReadingWouldAllowItToo() {
        Policy policy = Policy.of(settings());
        Candidate asTheModelReadIt = eligible();
        Verdict held = policy.evaluate(asTheModelReadIt,
                Optional.of(asTheModelReadIt.readAs(Intent.FLIGHT_STAFF, Sentiment.NEGATIVE, 0.95)));
        assertFalse(held.allowed());
        assertTrue(held.rule().startsWith("the in-process classifiers would hold it: intent FLIGHT_STAFF"), held.rule());
        assertTrue(policy.evaluate(asTheModelReadIt, Optional.of(asTheModelReadIt)).allowed(), "the same reading");
        assertTrue(policy.evaluate(asTheModelReadIt, Optional.empty()).allowed(), "no LLM triage");
    }

    @Test
    void eachRuleHoldsOnItsOwn() {
        Candidate ok = eligible();
        assertHeld("below 0.80", settings(), withConfidence(ok, 0.79));
        assertHeld("reply check", settings(), new Candidate(ok.intent(), 0.9, true, true, ok.sentiment(), 0.8, 250, "", false, MORNING, 0, false, "en", "en"));
        assertHeld("strongly negative", settings(), new Candidate(ok.intent(), 0.9, false, true, Sentiment.NEGATIVE, 0.7, 250, "", false, MORNING, 0, false, "en", "en"));
        assertHeld("VIP", settings(), new Candidate(ok.intent(), 0.9, false, true, ok.sentiment(), 0.8, 10_000, "", false, MORNING, 0, false, "en", "en"));
        assertHeld("urgency signal: TRAVELLING_NOW", settings(), new Candidate(ok.intent(), 0.9, false, true, ok.sentiment(), 0.8, 250, "TRAVELLING_NOW", false, MORNING, 0, false, "en", "en"));
        assertHeld("already answered automatically", settings(), new Candidate(ok.intent(), 0.9, false, true, ok.sentiment(), 0.8, 250, "", true, MORNING, 0, false, "en", "en"));
        assertHeld("outside hours", settings(), new Candidate(ok.intent(), 0.9, false, true, ok.sentiment(), 0.8, 250, "", false, Instant.parse("2026-11-23T23:30:00Z"), 0, false, "en", "en"));
        assertHeld("rate limit", settings(), new Candidate(ok.intent(), 0.9, false, true, ok.sentiment(), 0.8, 250, "", false, MORNING, 5, false, "en", "en"));
        assertHeld("not answered automatically", settings(), new Candidate(Intent.DELAY, 0.99, false, true, ok.sentiment(), 0.8, 250, "", false, MORNING, 0, false, "en", "en"));
        assertHeld("macro is not sent automatically", settings(), new Candidate(ok.intent(), 0.9, false, false, ok.sentiment(), 0.8, 250, "", false, MORNING, 0, false, "en", "en"));
        assertHeld("the post is in es, the reply in en", settings(), new Candidate(ok.intent(), 0.9, false, true, ok.sentiment(), 0.8, 250, "", false, MORNING, 0, false, "es", "en"));
    }

    /** A post whose language cannot be told (emoji, a link) is no reason to hold. */
    @Test
    void anUndeterminedLanguageIsNoReasonToHold() {
        Candidate ok = eligible();
        Candidate emojiOnly = new Candidate(ok.intent(), 0.9, false, true, ok.sentiment(), 0.8, 250, "", false, MORNING, 0, false, "und", "en");
        assertTrue(verdict(settings(), emojiOnly).allowed());
    }

    @Test
    void mildlyNegativePostsAndPerIntentThresholdsAreAllowed() {
        Candidate mild = new Candidate(Intent.BAGGAGE, 0.9, false, true, Sentiment.NEGATIVE, 0.59, 250, "", false, MORNING, 0, false, "en", "en");
        assertTrue(verdict(settings(), mild).allowed());
        Candidate wifi = new Candidate(Intent.INFLIGHT_ENTERTAINMENT, 0.55, false, true, Sentiment.NEUTRAL, 0.8, 250, "", false, MORNING, 0, false, "en", "en");
        assertTrue(verdict(settings(), wifi).allowed(), "its own threshold, 0.5, applies");
    }

    @Test
    void anApprovedTemplateSkipsTheDrafterRulesButNotTheOthers() {
        Candidate angryAboutOutage = new Candidate(Intent.DELAY, 0.1, false, true, Sentiment.NEGATIVE, 0.95, 250, "", false,
                MORNING, 0, true, "en", "en");
        Verdict v = verdict(settings(), angryAboutOutage);
        assertTrue(v.allowed(), v.rule());
        assertTrue(v.rule().startsWith("approved template for intent DELAY"), v.rule());
        assertHeld("reply check", settings(), new Candidate(Intent.DELAY, 0.1, true, true, Sentiment.NEGATIVE, 0.95, 250, "",
                false, MORNING, 0, true, "en", "en"));
        assertHeld("urgency signal", settings(), new Candidate(Intent.DELAY, 0.1, false, true, Sentiment.NEGATIVE, 0.95, 250,
                "SAFETY", false, MORNING, 0, true, "en", "en"));
    }

    @Test
    void offAndTheKillSwitchHoldEverything() {
        Map<String, String> off = settings();
        off.put("mode", "OFF");
        assertHeld("off", off, eligible());
        Map<String, String> killed = settings();
        killed.put("kill-switch", "true");
        assertHeld("kill switch", killed, eligible());
    }

    @Test
    void hoursMayRunPastMidnightOrBeLeftOpen() {
        Map<String, String> night = settings();
        night.put("hours", "22:00-06:00");
        assertTrue(verdict(night, withTime(eligible(), "2026-11-23T23:30:00Z")).allowed());
        assertFalse(verdict(night, eligible()).allowed());
        Map<String, String> always = settings();
        always.put("hours", "");
        assertTrue(verdict(always, withTime(eligible(), "2026-11-23T03:00:00Z")).allowed());
    }

    @Test
    void badValuesAndUnknownNamesAreRefused() {
        Map<String, String> bad = settings();
        bad.put("intent.BAGGAGE.threshold", "1.5");
        assertThrows(IllegalArgumentException.class, () -> Policy.of(bad));
        Map<String, String> mode = settings();
        mode.put("mode", "SOMETIMES");
        assertThrows(IllegalArgumentException.class, () -> Policy.of(mode));
        assertTrue(Policy.isSetting("intent.REWARDS.threshold"));
        assertFalse(Policy.isSetting("intent.FLYING.enabled"));
        assertFalse(Policy.isSetting("kill-swich"));
    }

    private static Candidate withConfidence(Candidate c, double confidence) {
        return new Candidate(c.intent(), confidence, c.flagged(), c.macroAllows(), c.sentiment(), c.sentimentScore(), c.reach(),
                c.urgencySignals(), c.autoAnsweredBefore(), c.at(), c.sentInLastHour(), false, c.postLanguage(), c.replyLanguage());
    }

    private static Candidate withTime(Candidate c, String at) {
        return new Candidate(c.intent(), c.confidence(), c.flagged(), c.macroAllows(), c.sentiment(), c.sentimentScore(), c.reach(),
                c.urgencySignals(), c.autoAnsweredBefore(), Instant.parse(at), c.sentInLastHour(), false, c.postLanguage(),
                c.replyLanguage());
    }

    private static void assertHeld(String reason, Map<String, String> settings, Candidate c) {
        Verdict v = verdict(settings, c);
        assertFalse(v.allowed(), "should be held: " + reason);
        assertTrue(v.rule().contains(reason), v.rule());
    }
}
