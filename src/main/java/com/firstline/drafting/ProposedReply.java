package com.firstline.drafting;

import java.util.List;

/**
 * A drafter's suggestion, before checks.
 *
 * @param text    the reply without the leading @handle (added when posted)
 * @param sources the knowledge-base passages it relies on, as {@code path#heading}
 * @param choice  the macro it came from (or that an LLM was shown), or why there is none
 */
public record ProposedReply(String text, List<String> sources, double confidence, boolean needsDm,
                            DraftedBy draftedBy, MacroChoice choice) {
}
