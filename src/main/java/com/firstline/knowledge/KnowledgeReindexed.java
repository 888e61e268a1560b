package com.firstline.knowledge;

/** Fired after the knowledge base was read and embedded again, so what is built from it can rebuild. */
public record KnowledgeReindexed(int articles, int passages) {
}
