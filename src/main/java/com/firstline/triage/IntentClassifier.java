package com.firstline.triage;

import com.firstline.knowledge.Embeddings;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.KnowledgeReindexed;
import dev.langchain4j.data.embedding.Embedding;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Intent from the example posts that the knowledge-base articles list for each intent: a small
 * logistic-regression head over the in-process embeddings, fitted on those examples at start-up
 * (about a second). Measured better than nearest-example matching on real airline posts.
 */
@Startup
@ApplicationScoped
public class IntentClassifier {

    private static final Logger LOG = Logger.getLogger(IntentClassifier.class);

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Embeddings embeddings;

    @Inject
    TriageSettings settings;

    @Inject
    FittedHeads fittedHeads;

    /** A re-index that changed no example reads the same head back from {@link FittedHeads} (a fit takes seconds). */
    private volatile Head<Intent> head;

    /** An edited knowledge base may bring new or changed example posts. */
    void retrain(@Observes KnowledgeReindexed reindexed) {
        train();
    }

    @PostConstruct
    public void train() {
        long start = System.nanoTime();
        List<Intent> labels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : knowledgeBase.examplesByIntent().entrySet()) {
            Intent intent = intentOf(entry.getKey());
            if (intent != null) {
                entry.getValue().forEach(example -> {
                    labels.add(intent);
                    texts.add(example);
                });
            }
        }
        var recipe = new SoftmaxRegression.Settings(settings.intent().l2(), settings.intent().epochs(),
                SoftmaxRegression.Settings.DEFAULT.learningRate(), true);
        FittedHeads.Inputs read = new FittedHeads.Inputs().add(embeddings.modelName()).add(recipe).add(labels);
        // the words embedded, not the texts: a change to what wordsOf keeps fits the head again
        texts.forEach(text -> read.add(Embeddings.wordsOf(text)));
        head = new Head<>(Intent.class, fittedHeads.fitted("intent", read, Intent.values().length,
                () -> Head.fit(Intent.class, labels, embeddings.embedPosts(texts), recipe)));
        LOG.infof("Intent classifier ready for %d knowledge-base examples in %d ms", texts.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The likeliest intent. SPAM closes a case unseen, so it takes strong evidence: below
     * {@code firstline.triage.spam-min-score} the post gets its likeliest other intent and stays
     * in the queue (a real complaint was once closed as spam at 0.27).
     */
    public Scored<Intent> classify(Embedding post) {
        Scored<Intent> best = head.best(post);
        return best.label() == Intent.SPAM && best.score() < settings.spamMinScore() ? head.best(post, Intent.SPAM) : best;
    }

    /** The likeliest intent other than spam: a post an agent took back from spam is filed under it. */
    public Scored<Intent> classifyAsNotSpam(Embedding post) {
        return head.best(post, Intent.SPAM);
    }

    private static Intent intentOf(String code) {
        try {
            return Intent.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            LOG.warnf("Knowledge base names an unknown intent %s; its examples are ignored", code);
            return null;
        }
    }
}
