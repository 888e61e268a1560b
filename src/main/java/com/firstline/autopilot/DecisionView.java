package com.firstline.autopilot;

import java.time.Instant;

/** An autopilot decision as the API and pages show it. */
public record DecisionView(long id, long draftId, long caseId, String mode, String outcome, String rule, String text,
                           Long replyId, Instant decidedAt, String retractedBy, Instant retractedAt) {

    static DecisionView of(AutopilotDecision d) {
        return new DecisionView(d.id, d.draft.id, d.supportCase.id, d.mode.name(), d.outcome.name(), d.rule, d.text,
                d.reply == null ? null : d.reply.id, d.decidedAt, d.retractedBy, d.retractedAt);
    }
}
