package com.firstline.drafting;

import com.firstline.knowledge.Macro;

/**
 * A macro and how close a post comes to it.
 *
 * @param similarity  cosine similarity between the post and the macro's closest example post
 * @param probability the macro classifier's probability that the macro answers the post
 * @param score       what macros are ranked by: the similarity plus the weighted probability
 */
public record MacroMatch(Macro macro, double similarity, double probability, double score) {
}
