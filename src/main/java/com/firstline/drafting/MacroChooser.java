package com.firstline.drafting;

import com.firstline.knowledge.Macro;
import com.firstline.triage.Sentiment;
import com.firstline.triage.UrgencySignal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the macro the classifier fitted on the macros' example posts finds likeliest, and
 * abstains honestly: below {@code firstline.macros.min-probability} (or when no example is even
 * {@code min-similarity} close) no macro is chosen and an agent writes the reply. A safety macro
 * close enough wins whenever the post also carries a safety or vulnerable-customer signal.
 */
@ApplicationScoped
public class MacroChooser {

    @Inject
    MacroLibrary library;

    @Inject
    MacroSettings settings;

    private Pattern troubleWords;
    private Pattern thanksWords;

    @PostConstruct
    void readWords() {
        troubleWords = words(settings.troubleWords());
        thanksWords = words(settings.thanksWords());
    }

    public MacroChoice choose(ReplyContext context) {
        List<MacroMatch> ranked = library.rank(context.meaning());
        Mood mood = mood(context);
        if (mood.mixed()) {
            return needsReply(ranked, 0);
        }
        List<MacroMatch> fitting = fitting(ranked, mood);
        MacroMatch best = safetyFirst(fitting, context.text());
        if (best == null) {
            return needsReply(ranked, 0);
        }
        if (!best.macro().safety()
                && (best.probability() < settings.minProbability() || best.similarity() < settings.minSimilarity())) {
            return needsReply(fitting, best.probability());
        }
        List<MacroMatch> others = fitting.stream().filter(m -> m != best).limit(settings.alternatives()).toList();
        return new MacroChoice(kind(best), best.macro(), best.probability(), others);
    }

    /**
     * The ranked macros that suit the post's mood, as far as choosing reads them: every safety
     * macro (any of them may win on a safety signal), and the first few others, enough for the
     * best and its alternatives. Judging every macro's replies for each draft cost more than ranking them.
     */
    private List<MacroMatch> fitting(List<MacroMatch> ranked, Mood mood) {
        List<MacroMatch> fitting = new ArrayList<>();
        int others = 0;
        for (MacroMatch match : ranked) {
            if (match.macro().safety()) {
                fitting.add(match);
            } else if (others <= settings.alternatives() && mood.suits(match.macro())) {
                fitting.add(match);
                others++;
            }
        }
        return fitting;
    }

    /** No macro: the agent writes the reply, with the closest macros offered beside the post. */
    private MacroChoice needsReply(List<MacroMatch> closest, double confidence) {
        return MacroChoice.needsReply(confidence, closest.stream().limit(settings.alternatives()).toList());
    }

    /**
     * A reply in the wrong mood does harm: thanks for a complaint, an apology for praise.
     *
     * @param upset    read as negative, threatening a lawyer, chasing us again, or naming trouble
     * @param grateful read as positive, or thanking us
     * @param negative read as negative by the sentiment head
     */
    private record Mood(boolean upset, boolean grateful, boolean negative) {

        /** Sarcasm ("thanks for cancelling my flight") or thanks after trouble: a person reads it. */
        boolean mixed() {
            return upset && grateful;
        }

        /**
         * Upset posts never get a thank-you macro, grateful ones never an apology, and a post read as
         * negative gets a macro that can say sorry: a plain answer there misses the customer's
         * trouble ("my insulin is in the lost bag" is no question about flying with medicines).
         * Safety macros answer any mood.
         */
        boolean suits(Macro macro) {
            if (macro.safety()) {
                return true;
            }
            if (negative && macro.replies().stream().noneMatch(Macro::apologetic)) {
                return false;
            }
            return upset ? !macro.thanks() : !grateful || !macro.apologises();
        }
    }

    private Mood mood(ReplyContext context) {
        String text = context.text();
        boolean trouble = troubleWords.matcher(text).find();
        boolean upset = trouble || context.sentiment() == Sentiment.NEGATIVE || UrgencySignal.LEGAL_THREAT.firesOn(text)
                || UrgencySignal.REPEATED_CONTACT.firesOn(text);
        boolean grateful = context.sentiment() == Sentiment.POSITIVE || thanksWords.matcher(text).find();
        return new Mood(upset, grateful, context.sentiment() == Sentiment.NEGATIVE);
    }

    /** Each word as the start of a word: "cancel" finds "cancelled" and "cancellation". */
    private static Pattern words(List<String> words) {
        return Pattern.compile("\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * A safety macro escalates to a supervisor and heads the queue, so it takes a safety or
     * vulnerable-customer signal in the post itself: a "broken coffee machine" is close to a
     * "broken engine" in meaning, not in urgency. With a signal, a close enough safety macro wins.
     */
    private MacroMatch safetyFirst(List<MacroMatch> ranked, String post) {
        boolean signal = safetySignal(post);
        List<MacroMatch> eligible = ranked.stream().filter(m -> signal || !m.macro().safety()).toList();
        if (eligible.isEmpty()) {
            return null;
        }
        if (!signal || eligible.get(0).macro().safety()) {
            return eligible.get(0);
        }
        return eligible.stream().filter(m -> m.macro().safety() && m.similarity() >= settings.safetySimilarity())
                .findFirst().orElse(eligible.get(0));
    }

    private static boolean safetySignal(String post) {
        return UrgencySignal.SAFETY.firesOn(post) || UrgencySignal.VULNERABLE_CUSTOMER.firesOn(post);
    }

    private static MacroChoice.Kind kind(MacroMatch best) {
        if (best.macro().safety()) {
            return MacroChoice.Kind.SAFETY;
        }
        return best.macro().noReply() ? MacroChoice.Kind.NO_REPLY : MacroChoice.Kind.DRAFTED;
    }
}
