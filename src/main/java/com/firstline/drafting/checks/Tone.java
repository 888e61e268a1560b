package com.firstline.drafting.checks;

import com.firstline.triage.Sentiment;

import java.util.Optional;
import java.util.regex.Pattern;

/** The brand's voice: an apology when the customer is unhappy, never blame, sarcasm or rude words. */
public final class Tone implements ReplyCheck {

    private static final Pattern APOLOGY = Pattern.compile("\\b(sorry|apologi[sz]e|apologies)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLAME = Pattern.compile(
            "\\b(your (own )?fault|you should have (read|checked|known|booked|arrived|listened|asked)|you failed to|you didn'?t (read|check)|as we already (said|told)"
                    + "|you need to read|blame (you|yourself)|not our problem|not our fault)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SARCASM = Pattern.compile(
            "(\\b(obviously|clearly you|good luck with that|yeah right|lol|lmao|whatever you say|calm down|thanks for nothing"
                    + "|congrat(s|ulations) on)\\b|🙄|🙃|😂)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RUDE = Pattern.compile(
            "\\b(stupid|idiot|idiots|dumb|sucks?|crap|shit|damn|hell|scam|useless|pathetic|worst airline)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<String> problem(CheckedReply reply) {
        String text = reply.text();
        if (reply.sentiment() == Sentiment.NEGATIVE && !APOLOGY.matcher(text).find()) {
            return Optional.of("The customer is unhappy: apologise once.");
        }
        if (BLAME.matcher(text).find()) {
            return Optional.of("Blames the customer.");
        }
        if (SARCASM.matcher(text).find()) {
            return Optional.of("Reads as sarcastic.");
        }
        return RUDE.matcher(text).find() ? Optional.of("Uses a rude or brand-damaging word.") : Optional.empty();
    }
}
