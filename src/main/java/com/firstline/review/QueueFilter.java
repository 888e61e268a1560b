package com.firstline.review;

import com.firstline.drafting.DraftStatus;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;
import io.quarkus.panache.common.Parameters;

import java.util.List;

/**
 * Which drafts the queue shows: a status and, optionally, an intent, a sentiment, who holds the
 * case (claimed or assigned) and the post's language. Null means "any"; a null status, every draft waiting for a decision.
 */
public record QueueFilter(DraftStatus status, Intent intent, Sentiment sentiment, String claimedBy, String language) {

    /** No status means every draft waiting for a decision: an escalated safety report is seen by all. */
    private static final List<DraftStatus> WAITING = List.of(DraftStatus.PENDING, DraftStatus.ESCALATED);

    String where() {
        StringBuilder where = new StringBuilder(status == null ? "d.status in :status" : "d.status = :status");
        if (intent != null) {
            where.append(" and exists (select t.id from Triage t where t.mention = d.mention and t.intent = :intent)");
        }
        if (sentiment != null) {
            where.append(" and exists (select t.id from Triage t where t.mention = d.mention and t.sentiment = :sentiment)");
        }
        if (claimedBy != null) {
            where.append(" and (c.claimedBy = :claimedBy or c.assignedTo = :claimedBy)");
        }
        if (language != null) {
            where.append(" and exists (select t.id from Triage t where t.mention = d.mention and t.language = :language)");
        }
        return where.toString();
    }

    Parameters parameters() {
        Parameters parameters = Parameters.with("status", status == null ? WAITING : status);
        if (intent != null) {
            parameters.and("intent", intent);
        }
        if (sentiment != null) {
            parameters.and("sentiment", sentiment);
        }
        if (claimedBy != null) {
            parameters.and("claimedBy", claimedBy);
        }
        if (language != null) {
            parameters.and("language", language);
        }
        return parameters;
    }
}
