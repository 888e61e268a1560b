package com.firstline.x;

import com.firstline.ingest.IntakeResult;
import com.firstline.ingest.IntakeService;
import com.firstline.ingest.MentionResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * One poll of the brand's mentions: page by page from the newest down to the stored cursor,
 * each page's mentions handed to intake (which drops posts it already has) before the cursor
 * records the page. A crash or an error therefore re-reads at most one page.
 */
@ApplicationScoped
public class MentionPoller {

    private static final Logger LOG = Logger.getLogger(MentionPoller.class);

    @Inject
    XClient client;

    @Inject
    IntakeService intake;

    @Inject
    XSettings settings;

    PollReport poll(PollPacer pacer) throws XApiException {
        String account = settings.brandUserId().orElseThrow(() -> new IllegalStateException("firstline.x.brand-user-id is not set"));
        MentionCursor start = QuarkusTransaction.requiringNew().call(() -> MentionCursor.forAccount(account));
        boolean backfill = start.isFirstPoll();
        int requests = 0;
        int read = 0;
        int stored = 0;
        String token = null;
        while (pacer.tryAcquireRequest()) {
            requests++;
            MentionsPage page = client.mentions(start.sinceId, start.walkUntilId, token);
            stored += store(page, account);
            read += page.mentions().size();
            boolean enough = backfill && read >= settings.poll().backfillMax();
            if (recordPage(account, page, enough)) {
                return new PollReport(requests, read, stored, true);
            }
            token = page.nextToken();
        }
        LOG.infof("Mention poll paused by the request budget after %d requests; it resumes from the stored cursor", requests);
        return new PollReport(requests, read, stored, false);
    }

    /** Stores the page's mentions; true when the walk is complete. */
    private boolean recordPage(String account, MentionsPage page, boolean enough) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MentionCursor cursor = MentionCursor.forAccount(account);
            cursor.pageStored(page, enough);
            cursor.updatedAt = Instant.now();
            cursor.persist();
            return cursor.walkNewestId == null;
        });
    }

    private int store(MentionsPage page, String brandUserId) {
        // The brand's own posts (our replies) are not customer mentions.
        var customers = page.mentions().stream().filter(m -> !brandUserId.equals(m.author().id())).toList();
        return (int) intake.receiveAll(MentionResource.PLATFORM, customers).stream().filter(IntakeResult::created).count();
    }
}
