package com.firstline.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memory of answers already worked out (embeddings, reply-check verdicts, post vectors):
 * the same text or post comes back within minutes far more often than after hours, so keeping the
 * most recently used ones saves the work without letting memory grow with traffic.
 */
public final class RecentlyUsed {

    private RecentlyUsed() {
    }

    /**
     * A thread-safe map of at most {@code capacity} entries; adding one more forgets the entry
     * least recently read or written.
     */
    public static <K, V> Map<K, V> map(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A memory of recently used entries holds at least 1, not " + capacity);
        }
        return Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
