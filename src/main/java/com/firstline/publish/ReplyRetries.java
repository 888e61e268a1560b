package com.firstline.publish;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Offers a reply to the publish worker again at the moment it is due: X's rate-limit reset, or the
 * configured wait when X named none. The stalled-reply sweep would find it too, but only once it
 * looks stalled; this keeps X's clock. A retry lost with the instance is left to that sweep.
 */
@ApplicationScoped
public class ReplyRetries {

    private static final Logger LOG = Logger.getLogger(ReplyRetries.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "firstline-reply-retries");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    ApprovedReplies approvedReplies;

    public void offerAt(long replyId, Instant due) {
        long delay = Math.max(0, Duration.between(Instant.now(), due).toMillis());
        timer.schedule(() -> offer(replyId), delay, TimeUnit.MILLISECONDS);
    }

    private void offer(long replyId) {
        try {
            approvedReplies.offer(replyId);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Reply %d could not be offered again at its retry time; the stalled-reply sweep will", replyId);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
