package com.firstline.drafting;

import com.firstline.triage.PriorityChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The review queue is ordered by each draft's priority, copied from its mention's triage when the
 * draft was filed; when that priority is worked out again, a draft still waiting for an agent
 * takes the new one. The draft's version is left alone: an agent's decision on it stays valid.
 */
@ApplicationScoped
class DraftPriorities {

    void onPriorityChanged(@Observes PriorityChanged changed) {
        Draft.update("priority = ?1 where mention.id = ?2 and status = ?3", changed.priority(), changed.mentionId(),
                DraftStatus.PENDING);
    }
}
