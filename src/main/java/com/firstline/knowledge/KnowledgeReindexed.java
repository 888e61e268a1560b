package com.firstline.knowledge;

/**
 * Fired after the knowledge base was read and embedded again, so what is built from it can rebuild.
 *
 * @param embedded texts (passages and sentences) that had to be embedded; the others came from the vector store
 */
public record KnowledgeReindexed(int articles, int passages, int embedded) {
}
