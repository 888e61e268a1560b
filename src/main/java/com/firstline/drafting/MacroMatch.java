package com.firstline.drafting;

import com.firstline.knowledge.Macro;

/**
 * A macro and how close a post comes to it.
 *
 * @param similarity cosine similarity between the post and the macro's closest example post
 * @param score      the similarity with the intent prior added: what macros are ranked by
 */
public record MacroMatch(Macro macro, double similarity, double score) {
}
