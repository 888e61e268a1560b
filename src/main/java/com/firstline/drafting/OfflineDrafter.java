package com.firstline.drafting;

import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.knowledge.Macro;
import com.firstline.triage.Sentiment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Drafts without an LLM: the chosen macro's reply, its slots filled from the post and the
 * customer. Of its variants, one that fits one post and passes the reply checks is used, the
 * most personal first (a variant naming the customer's flight or the staff member they praise).
 * With no macro (the post needs a reply, or none), the draft has no text, and the agent sees the
 * closest macros and passages instead.
 */
@ApplicationScoped
public class OfflineDrafter {

    @Inject
    ReplyGuard guard;

    public ProposedReply draft(ReplyContext context, MacroChoice choice) {
        if (choice.kind() == MacroChoice.Kind.NEEDS_REPLY || choice.kind() == MacroChoice.Kind.NO_REPLY) {
            return new ProposedReply("", closestPassages(context), choice.confidence(), false, DraftedBy.OFFLINE, choice);
        }
        Macro macro = choice.macro();
        return reply(context, macro).map(text -> new ProposedReply(text, macro.cites(), choice.confidence(), macro.dm(),
                        DraftedBy.OFFLINE, choice))
                .orElseGet(() -> new ProposedReply("", macro.cites(), 0, false, DraftedBy.OFFLINE,
                        MacroChoice.needsReply(0, choice.alternatives())));
    }

    /** A reply variant filled in for this post, and how many of the post's own details it uses. */
    private record Variant(String text, long personal) {
    }

    /** The best variant filled in, or none when no variant fits this post. */
    public Optional<String> reply(ReplyContext context, Macro macro) {
        Slots slots = Slots.of(context.text(), context.customerName());
        List<Variant> usable = macro.replies().stream().filter(slots::fills)
                .map(r -> new Variant(slots.fill(r), slots.used(r)))
                .filter(v -> PostLength.fits(context.handle(), v.text())).toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        // Rotating the start by post keeps neighbouring replies from all reading alike.
        int start = (int) Math.floorMod(context.mentionId(), (long) usable.size());
        List<Variant> rotated = Stream.concat(usable.subList(start, usable.size()).stream(),
                usable.subList(0, start).stream()).toList();
        // An apology only for a post read as negative: "sorry for the wait" presumes a delay nobody mentioned.
        boolean upset = context.sentiment() == Sentiment.NEGATIVE;
        return rotated.stream().min(Comparator.comparingInt((Variant v) -> problems(context, v.text(), macro))
                .thenComparing(v -> !upset && Macro.apologetic(v.text()))
                .thenComparingLong(v -> -v.personal())).map(Variant::text);
    }

    private int problems(ReplyContext context, String text, Macro macro) {
        return guard.problems(context.handle(), text, context.text(), context.sentiment(), macro.cites()).size();
    }

    private static List<String> closestPassages(ReplyContext context) {
        return context.passages().stream().limit(3).map(p -> p.passage().source()).toList();
    }
}
