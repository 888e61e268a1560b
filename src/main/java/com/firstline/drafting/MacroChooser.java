package com.firstline.drafting;

import com.firstline.knowledge.Macro;
import com.firstline.triage.Sentiment;
import com.firstline.triage.UrgencySignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

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

    public MacroChoice choose(ReplyContext context) {
        List<MacroMatch> ranked = library.rank(context.meaning());
        if (ranked.isEmpty()) {
            return new MacroChoice(MacroChoice.Kind.NEEDS_REPLY, null, 0, List.of());
        }
        boolean upset = context.sentiment() == Sentiment.NEGATIVE || UrgencySignal.LEGAL_THREAT.firesOn(context.text())
                || UrgencySignal.REPEATED_CONTACT.firesOn(context.text());
        List<MacroMatch> fitting = ranked.stream().filter(m -> suitsMood(m.macro(), upset, context.sentiment())).toList();
        if (fitting.isEmpty()) {
            return new MacroChoice(MacroChoice.Kind.NEEDS_REPLY, null, 0, ranked.stream().limit(settings.alternatives()).toList());
        }
        MacroMatch best = safetyFirst(fitting, context.text());
        if (best == null) {
            return new MacroChoice(MacroChoice.Kind.NEEDS_REPLY, null, 0, ranked.stream().limit(settings.alternatives()).toList());
        }
        ranked = fitting;
        if (!best.macro().safety()
                && (best.probability() < settings.minProbability() || best.similarity() < settings.minSimilarity())) {
            return new MacroChoice(MacroChoice.Kind.NEEDS_REPLY, null, best.probability(),
                    ranked.stream().limit(settings.alternatives()).toList());
        }
        List<MacroMatch> others = ranked.stream().filter(m -> m != best).limit(settings.alternatives()).toList();
        return new MacroChoice(kind(best), best.macro(), best.probability(), others);
    }

    /**
     * A reply in the wrong mood does harm: thanks for a complaint, an apology for praise. Posts read
     * as negative (or threatening a lawyer, or chasing us again) never get a thank-you macro, and
     * posts read as positive never get an apology; safety macros answer whatever the mood.
     */
    private static boolean suitsMood(Macro macro, boolean upset, Sentiment sentiment) {
        if (macro.safety()) {
            return true;
        }
        return upset ? !macro.thanks() : sentiment != Sentiment.POSITIVE || !macro.apologises();
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
