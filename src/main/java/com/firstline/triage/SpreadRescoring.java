package com.firstline.triage;

import com.firstline.ingest.MentionSpread;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * A post keeps spreading after it was triaged: when it comes in again with more shares or replies,
 * its reach, priority and reasons are worked out again, so the queue moves a complaint that is
 * being retweeted up while it is still spreading. A post not yet triaged needs nothing: triage
 * reads the new counts when it gets to it.
 */
@ApplicationScoped
public class SpreadRescoring {

    private static final Logger LOG = Logger.getLogger(SpreadRescoring.class);

    @Inject
    TriageService triage;

    @Inject
    Event<PriorityChanged> changed;

    void onSpread(@Observes(during = TransactionPhase.AFTER_SUCCESS) MentionSpread spread) {
        try {
            QuarkusTransaction.requiringNew().run(() -> rescore(spread.mentionId()));
        } catch (RuntimeException e) {
            // The new counts are stored; the next time the post comes in its priority catches up.
            LOG.warnf(e, "Priority of mention %d not updated for its spread", spread.mentionId());
        }
    }

    private void rescore(long mentionId) {
        Triage stored = Triage.<Triage>find("mention.id", mentionId).firstResult();
        if (stored == null) {
            return;
        }
        // The urgency signals, repeated contact included, are kept from the first triage.
        Assessment now = triage.withSpread(stored, TriageRequest.of(stored.mention, 0));
        stored.prioritise(now);
        changed.fire(new PriorityChanged(mentionId, now.priority()));
    }
}
