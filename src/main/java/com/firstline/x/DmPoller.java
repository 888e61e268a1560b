package com.firstline.x;

import com.firstline.ingest.DirectMessageIntake;
import com.firstline.ingest.DirectMessageIntake.IncomingDm;
import com.firstline.ingest.MentionResource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * Reads the brand's latest DMs (GET /2/dm_events) on a schedule, by the instance that holds the
 * poll lease, and hands the customers' ones to the intake; the brand's own are our replies. Each
 * DM event is stored once, so reading the same page again adds nothing. A page that was all new
 * may hide more behind it (a busy minute): older pages are read until one holds a DM seen before,
 * up to {@link #MAX_PAGES}.
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

    /** Pages read in one poll at most; what is older waits for the next poll's walk. */
    static final int MAX_PAGES = 10;

    private final Clock clock = Clock.systemUTC();

    @Scheduled(every = "${firstline.x.dm.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (directMessages.enabled() && lease.hold(settings.brandUserId().orElse(""), clock.instant())) {
            poll();
        }
    }

    /** Reads the latest DMs; returns how many were new. A failed read is tried again at the next tick. */
    public int poll() {
        int added = 0;
        String token = null;
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                XDirectMessages.Page read = directMessages.page(token);
                Received received = receive(read.messages());
                added += received.fresh();
                if (received.known() > 0 || read.nextToken() == null) {
                    break; // reached DMs already stored, or the end
                }
                token = read.nextToken();
            }
        } catch (XApiException e) {
            LOG.warnf("DMs not read: %s", e.getMessage());
        }
        return added;
    }

    /** Of a page's customer DMs, how many were new and how many were stored before. */
    private record Received(int fresh, int known) {
    }

    /** Hands the customers' DMs to the intake; the brand's own are our replies and are skipped. */
    private Received receive(List<XDirectMessages.Received> messages) {
        String brand = settings.brandUserId().orElse("");
        int fresh = 0;
        int known = 0;
        for (XDirectMessages.Received dm : messages) {
            if (dm.senderId().equals(brand)) {
                continue;
            }
            Long caseId = intake.receive(new IncomingDm(MentionResource.PLATFORM, dm.eventId(), dm.conversationId(),
                    dm.senderId(), dm.senderHandle(), dm.senderName(), dm.text(), dm.sentAt()));
            if (caseId == null) {
                known++;
            } else {
                fresh++;
            }
        }
        return new Received(fresh, known);
    }
}
