package com.firstline.drafting;

import com.firstline.knowledge.Embeddings;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;
import dev.langchain4j.data.embedding.Embedding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Builds what a drafter needs for one post: its triage and the knowledge-base passages closest to it. */
@ApplicationScoped
public class ReplyContexts {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Embeddings embeddings;

    @Inject
    DraftingSettings settings;

    public ReplyContext of(long mentionId, String handle, String customerName, String text, List<String> thread,
                           Intent intent, double intentScore, Sentiment sentiment) {
        Embedding meaning = embeddings.embedPost(text);
        return new ReplyContext(mentionId, handle, customerName, text, thread, intent, intentScore, sentiment,
                knowledgeBase.search(meaning, settings.passages(), intent.name(), settings.passagesOnTopic()), meaning);
    }
}
