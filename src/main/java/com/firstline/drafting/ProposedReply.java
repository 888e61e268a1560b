package com.firstline.drafting;

import java.util.List;

/**
 * A drafter's suggestion, before checks.
 *
 * @param text    the reply without the leading @handle (added when posted)
 * @param sources the knowledge-base passages it relies on, as {@code path#heading}
 */
public record ProposedReply(String text, List<String> sources, double confidence, boolean needsDm,
                            DraftedBy draftedBy) {
}
