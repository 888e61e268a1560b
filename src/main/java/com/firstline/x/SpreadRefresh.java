package com.firstline.x;

import com.firstline.cases.CaseStatus;
import com.firstline.ingest.IntakeService;
import com.firstline.ingest.Mention;
import com.firstline.ingest.MentionPayload;
import com.firstline.ingest.MentionResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reads the counts of recent posts from X again. The poller asks X only for posts newer than the
 * last one it read, so without this a post would keep the shares of its first reading, and a
 * complaint being retweeted would not move up the queue while it spreads. The posts go back
 * through intake, which stores counts that grew and has triage work their priority out again.
 * Only the instance that polls X refreshes, with one request of up to 100 posts each time.
 */
@ApplicationScoped
public class SpreadRefresh {

    private static final Logger LOG = Logger.getLogger(SpreadRefresh.class);
    /** X looks up at most 100 posts per request. */
    static final int POSTS_PER_REQUEST = 100;

    @Inject
    XSettings settings;

    @Inject
    XClient client;

    @Inject
    IntakeService intake;

    @Inject
    PollerLease lease;

    private final Clock clock = Clock.systemUTC();

    @Scheduled(every = "${firstline.x.spread.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.enabled() && lease.hold(settings.brandUserId().orElse(""), clock.instant())) {
            refresh();
        }
    }

    /** Reads the recent posts of open cases from X again; returns how many X returned. */
    public int refresh() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> recentPostIds(clock.instant()));
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            List<MentionPayload> posts = client.posts(ids);
            intake.receiveAll(MentionResource.PLATFORM, posts);
            return posts.size();
        } catch (XApiException e) {
            // The counts stay as they are until the next refresh; nothing else depends on them.
            LOG.warnf("Counts of %d recent posts not read again: %s", ids.size(), e.getMessage());
            return 0;
        }
    }

    private List<String> recentPostIds(Instant now) {
        return Mention.getEntityManager().createQuery("select m.postId from Mention m where m.platform = ?1"
                        + " and m.receivedAt > ?2 and m.supportCase.status <> ?3 order by m.receivedAt desc", String.class)
                .setParameter(1, MentionResource.PLATFORM)
                .setParameter(2, now.minus(settings.spread().window()))
                .setParameter(3, CaseStatus.CLOSED)
                .setMaxResults(POSTS_PER_REQUEST)
                .getResultStream()
                .filter(SpreadRefresh::isXPostId)
                .toList();
    }

    /**
     * Intake takes any id of up to 20 digits; X's own ids fit in a long, and one that does not
     * would fail the whole look-up.
     */
    private static boolean isXPostId(String id) {
        try {
            return Long.parseLong(id) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
