package com.firstline.ingest;

/** What intake did with a post: created a mention (and maybe a case), or found it already there. */
public record IntakeResult(long mentionId, long caseId, boolean created) {
}
