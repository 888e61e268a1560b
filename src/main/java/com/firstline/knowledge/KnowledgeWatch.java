package com.firstline.knowledge;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Looks at knowledge-base/ every {@code firstline.knowledge.watch-every} and re-indexes it when an
 * article changed. On for the embedded set-up, where a support lead edits the files beside the
 * running service; off in production, where {@code POST /api/admin/knowledge/reindex} is the way.
 */
@ApplicationScoped
public class KnowledgeWatch {

    @Inject
    KnowledgeBase knowledgeBase;

    @Scheduled(every = "${firstline.knowledge.watch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        knowledgeBase.reindexIfChanged();
    }
}
