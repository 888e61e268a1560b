package com.firstline.review;

import com.firstline.drafting.Draft;
import com.firstline.triage.Triage;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A draft as the queue shows it: the reply, the post it answers, the customer, why it ranks where
 * it does, when the customer's turn is due (none once we answered), and who holds or views its case.
 */
public record DraftView(long id, long version, String status, String text, List<String> sources, double confidence,
                        boolean needsDm, String draftedBy, List<String> warnings, boolean flagged, int priority,
                        List<String> priorityReasons, String intent, String sentiment, String language, long caseId,
                        String customerHandle, String customerName, int customerFollowers, String postId,
                        String postText, Instant responseDueAt, Instant createdAt, String statusReason,
                        String decidedBy, String claimedBy, String assignedTo, List<String> viewers, String macroId,
                        String macroTitle, List<MacroOption> alternatives, boolean needsReply) {

    /** A macro offered to the agent: its id and title. */
    public record MacroOption(String id, String title) {
    }

    public int confidencePercent() {
        return (int) Math.round(confidence * 100);
    }

    /**
     * @param viewers team members who have the draft's case open now
     * @param titles  a macro's title by its id (null for a macro no longer there)
     */
    static DraftView of(Draft d, Triage triage, List<String> viewers, Function<String, String> titles) {
        var c = d.supportCase;
        return new DraftView(d.id, d.version, d.status.name(), d.text, d.sourceList(), d.confidence, d.needsDm,
                d.draftedBy.name(), d.warningList(), d.flagged, d.priority, triage == null ? List.of() : triage.reasons(),
                triage == null ? null : triage.intent.name(), triage == null ? null : triage.sentiment.name(),
                triage == null ? null : triage.language, c.id, c.customerHandle, c.customerName, c.customerFollowers, d.mention.postId, d.mention.text,
                c.responseDueAt, d.createdAt, d.statusReason, d.decidedBy, c.claimedBy, c.assignedTo, viewers, d.macroId,
                d.macroId == null ? null : titles.apply(d.macroId),
                d.alternativeList().stream().filter(id -> titles.apply(id) != null)
                        .map(id -> new MacroOption(id, titles.apply(id))).toList(), d.needsReply);
    }
}
