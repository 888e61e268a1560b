package com.firstline.incident;

import com.firstline.publish.Reply;

import java.time.Instant;
import java.util.List;

/** An incident as the API and pages show it, with its affected cases and what each got. */
public record IncidentView(long id, String title, String status, String kind, String intent, String notes,
                           List<String> sources, String broadcastText, String holdingText, String followUpText,
                           List<String> warnings, Instant firstPostAt, Instant openedAt, Instant draftedAt,
                           String approvedBy, Instant approvedAt, String broadcastStatus, String broadcastPostId,
                           String broadcastFailure, String resolvedBy, Instant resolvedAt, long version,
                           int affected, long holdingSent, long followUpsSent, List<Affected> cases) {

    public record Affected(long caseId, long mentionId, Instant joinedAt, String holdingState, Long holdingReplyId,
                           Long followUpReplyId) {
    }

    static IncidentView of(Incident i, List<IncidentCase> cases) {
        Reply broadcast = i.broadcastReply;
        return new IncidentView(i.id, i.title, i.status.name(), i.kind.name(), i.intent.name(), i.notes, i.sourceList(),
                i.broadcastText, i.holdingText, i.followUpText,
                i.warnings.isEmpty() ? List.of() : List.of(i.warnings.split("\n")), i.firstPostAt, i.openedAt,
                i.draftedAt, i.approvedBy, i.approvedAt, broadcast == null ? null : broadcast.status.name(),
                broadcast == null ? null : broadcast.platformPostId, broadcast == null ? null : broadcast.failureReason,
                i.resolvedBy, i.resolvedAt, i.version, cases.size(),
                cases.stream().filter(c -> c.holdingState == IncidentCase.HoldingState.SENT).count(),
                cases.stream().filter(c -> c.followUpReplyId != null).count(),
                cases.stream().map(c -> new Affected(c.caseId, c.mentionId, c.joinedAt, c.holdingState.name(),
                        c.holdingReplyId, c.followUpReplyId)).toList());
    }
}
