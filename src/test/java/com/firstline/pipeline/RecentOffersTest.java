package com.firstline.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentOffersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00Z");

    private final RecentOffers offers = new RecentOffers(100);

    @Test
    void workOfferedAgainIsNotOfferedAgainUntilTheWaitIsOver() {
        assertEquals(List.of(1L, 2L), offers.due(List.of(1L, 2L), NOON, WAIT));

        assertEquals(List.of(3L), offers.due(List.of(1L, 2L, 3L), NOON.plusSeconds(20), WAIT));
        assertEquals(List.of(1L, 2L), offers.due(List.of(1L, 2L, 3L), NOON.plusSeconds(60), WAIT));
        assertEquals(List.of(3L), offers.due(List.of(1L, 2L, 3L), NOON.plusSeconds(80), WAIT));
    }

    @Test
    void withNoWaitEverythingIsDueEverySweep() {
        offers.due(List.of(1L), NOON, Duration.ZERO);

        assertEquals(List.of(1L), offers.due(List.of(1L), NOON, Duration.ZERO));
    }
}
