package com.firstline.triage;

import com.firstline.knowledge.Embeddings;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.KnowledgeReindexed;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Intent from the example posts that the knowledge-base articles list for each intent. */
@ApplicationScoped
public class IntentClassifier {

    private static final Logger LOG = Logger.getLogger(IntentClassifier.class);

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Embeddings embeddings;

    private volatile ExampleClassifier<Intent> classifier;

    /** An edited knowledge base may bring new or changed example posts. */
    void retrain(@Observes KnowledgeReindexed reindexed) {
        train();
    }

    @PostConstruct
    void train() {
        Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
        knowledgeBase.examplesByIntent().forEach((code, posts) -> {
            try {
                examples.put(Intent.valueOf(code), posts);
            } catch (IllegalArgumentException unknown) {
                LOG.warnf("Knowledge base names an unknown intent %s; its examples are ignored", code);
            }
        });
        LOG.infof("Intent classifier: %d intents, %d examples", examples.size(),
                examples.values().stream().mapToInt(List::size).sum());
        classifier = new ExampleClassifier<>(embeddings, examples, Intent.OTHER);
    }

    ExampleClassifier.Labelled<Intent> classify(String text) {
        return classifier.classify(text);
    }
}
