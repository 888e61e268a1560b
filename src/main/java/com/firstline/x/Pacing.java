package com.firstline.x;

import java.time.Duration;

/** The numbers {@link PollPacer} works with, read from firstline.x.poll.*. */
record Pacing(int requestsPer15Min, Duration busyInterval, double quietGrowth, Duration quietInterval,
              Duration backoffBase, Duration backoffMax) {

    static final Duration WINDOW = Duration.ofMinutes(15);

    static Pacing from(XSettings.Poll poll) {
        return new Pacing(poll.requestsPer15Min(), poll.busyInterval(), poll.quietGrowth(), poll.quietInterval(),
                poll.backoffBase(), poll.backoffMax());
    }

    /** Polling at the budget's average spacing spends it exactly; the busy interval never goes below that. */
    Duration floor() {
        Duration spacing = WINDOW.dividedBy(Math.max(1, requestsPer15Min));
        return busyInterval.compareTo(spacing) > 0 ? busyInterval : spacing;
    }
}
