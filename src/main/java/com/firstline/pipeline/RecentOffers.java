package com.firstline.pipeline;

import com.firstline.common.RecentlyUsed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * When a sweep last offered each piece of work again. Work that is only waiting in a long line (a
 * backlog, or a broker that is down and a producer holding the hand-offs) is found again by every
 * sweep; offering it once per wait instead of once per sweep keeps the line from filling with
 * copies of itself while still offering work whose hand-off was truly lost.
 */
final class RecentOffers {

    private final Map<Long, Instant> offeredAt;

    RecentOffers(int capacity) {
        offeredAt = RecentlyUsed.map(capacity);
    }

    /** The ids not offered within {@code wait} before {@code now}; they are counted as offered now. */
    List<Long> due(List<Long> ids, Instant now, Duration wait) {
        Instant since = now.minus(wait);
        List<Long> due = ids.stream().filter(id -> !offeredAt.getOrDefault(id, Instant.MIN).isAfter(since)).toList();
        due.forEach(id -> offeredAt.put(id, now));
        return due;
    }
}
