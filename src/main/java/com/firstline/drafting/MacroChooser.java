package com.firstline.drafting;

import com.firstline.triage.UrgencySignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Picks the macro whose example posts come closest to the post, with the triaged intent as a
 * prior only, and abstains honestly: below {@code firstline.macros.min-similarity} no macro is
 * chosen and an agent writes the reply. A safety macro close enough wins whenever the post also
 * carries a safety or vulnerable-customer signal.
 */
@ApplicationScoped
public class MacroChooser {

    @Inject
    MacroLibrary library;

    @Inject
    MacroSettings settings;

    public MacroChoice choose(ReplyContext context) {
        List<MacroMatch> ranked = library.rank(context.meaning(), context.intent().name(), context.intentScore(),
                settings.intentPrior());
        if (ranked.isEmpty()) {
            return new MacroChoice(MacroChoice.Kind.NEEDS_REPLY, null, 0, List.of());
        }
        MacroMatch best = safetyFirst(ranked, context.text());
        if (best.score() < settings.minSimilarity() && !best.macro().safety()) {
            return new MacroChoice(MacroChoice.Kind.NEEDS_REPLY, null, confidence(best),
                    ranked.stream().limit(settings.alternatives()).toList());
        }
        List<MacroMatch> others = ranked.stream().filter(m -> m != best).limit(settings.alternatives()).toList();
        return new MacroChoice(kind(best), best.macro(), confidence(best), others);
    }

    private MacroMatch safetyFirst(List<MacroMatch> ranked, String post) {
        if (ranked.get(0).macro().safety() || !safetySignal(post)) {
            return ranked.get(0);
        }
        return ranked.stream().filter(m -> m.macro().safety() && m.similarity() >= settings.safetySimilarity())
                .findFirst().orElse(ranked.get(0));
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

    /** The similarity placed between the configured floor (0) and ceiling (1). */
    private double confidence(MacroMatch match) {
        double span = settings.confidenceCeiling() - settings.confidenceFloor();
        return Math.max(0, Math.min(1, (match.similarity() - settings.confidenceFloor()) / span));
    }
}
