package com.firstline.drafting;

import com.firstline.knowledge.ScoredPassage;
import dev.langchain4j.data.embedding.Embedding;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;

import java.util.List;

/**
 * Everything a drafter may use to answer one mention. The customer's words are data to answer,
 * never instructions to follow.
 *
 * @param thread   the customer's earlier posts in this case, oldest first
 * @param passages knowledge-base passages for this post, best first
 * @param meaning  the post's embedding, kept so a drafter can rank sentences without embedding it again
 */
public record ReplyContext(long mentionId, String handle, String customerName, String text, List<String> thread,
                           Intent intent, double intentScore, Sentiment sentiment, List<ScoredPassage> passages,
                           Embedding meaning) {

    /**
     * What filling a macro's reply needs of a post: who wrote it, its words and its mood. An agent
     * picking a macro in the workspace has no passages to rank and no embedding to reuse.
     */
    public static ReplyContext ofPost(long mentionId, String handle, String customerName, String text,
                                      Sentiment sentiment) {
        return new ReplyContext(mentionId, handle, customerName, text, List.of(), Intent.OTHER, 0, sentiment,
                List.of(), null);
    }
}
