package com.firstline.x;

import com.firstline.ingest.DirectMessageIntake;
import com.firstline.ingest.DirectMessageIntake.IncomingDm;
import com.firstline.ingest.MentionResource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Reads the brand's latest DMs (GET /2/dm_events) on a schedule, by the instance that holds the
 * poll lease, and hands the customers' ones to the intake; the brand's own are our replies. Each
 * DM event is stored once, so reading the same page again adds nothing.
 */
@ApplicationScoped
public class DmPoller {

    private static final Logger LOG = Logger.getLogger(DmPoller.class);

    @Inject
    XSettings settings;

    @Inject
    XDirectMessages directMessages;

    @Inject
    DirectMessageIntake intake;

    @Inject
    PollerLease lease;

    private final Clock clock = Clock.systemUTC();

    @Scheduled(every = "${firstline.x.dm.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (directMessages.enabled() && lease.hold(settings.brandUserId().orElse(""), clock.instant())) {
            poll();
        }
    }

    /** Reads the latest DMs; returns how many were new. A failed read is tried again at the next tick. */
    public int poll() {
        String brand = settings.brandUserId().orElse("");
        try {
            return (int) directMessages.latest().stream().filter(dm -> !dm.senderId().equals(brand))
                    .map(dm -> intake.receive(new IncomingDm(MentionResource.PLATFORM, dm.eventId(), dm.conversationId(),
                            dm.senderId(), dm.senderHandle(), dm.senderName(), dm.text(), dm.sentAt())))
                    .filter(caseId -> caseId != null).count();
        } catch (XApiException e) {
            LOG.warnf("DMs not read: %s", e.getMessage());
            return 0;
        }
    }
}
