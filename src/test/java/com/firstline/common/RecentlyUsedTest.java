package com.firstline.common;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentlyUsedTest {

    @Test
    void forgetsTheEntryLeastRecentlyUsedWhenFull() {
        Map<String, Integer> remembered = RecentlyUsed.map(2);
        remembered.put("gate", 1);
        remembered.put("bag", 2);
        remembered.get("gate");
        remembered.put("wifi", 3);

        assertEquals(Map.of("gate", 1, "wifi", 3), Map.copyOf(remembered));
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        Map<Integer, Integer> remembered = RecentlyUsed.map(100);
        for (int i = 0; i < 1_000; i++) {
            remembered.put(i, i);
        }
        assertEquals(100, remembered.size());
        assertTrue(remembered.containsKey(999));
    }

    @Test
    void refusesAMemoryOfNothing() {
        assertThrows(IllegalArgumentException.class, () -> RecentlyUsed.map(0));
    }
}
