package com.firstline.triage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks of promotional noise that the intent classifier can miss: promo words, links, and walls
 * of hashtags or mentions. Each mark adds one point; the configured threshold decides.
 */
final class SpamSignals {

    private static final Pattern PROMO = Pattern.compile(
            "\\b(crypto|bitcoin|btc|nft|airdrop|giveaway|promo code|discount code|follow ?back|f4f|followers? fast"
                    + "|earn \\$?\\d+|make money|dm (me )?for (promo|collab)|onlyfans|casino|betting)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern HASHTAG = Pattern.compile("#\\w+");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");

    private SpamSignals() {
    }

    static int score(String text) {
        int score = 0;
        if (PROMO.matcher(text).find()) {
            score += 2;
        }
        if (LINK.matcher(text).find()) {
            score++;
        }
        if (count(HASHTAG.matcher(text)) >= 5) {
            score++;
        }
        if (count(HANDLE.matcher(text)) >= 5) {
            score++;
        }
        return score;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
