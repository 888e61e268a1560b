package com.firstline.triage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpamSignalsTest {

    @Test
    void promoWordsLinksAndHashtagWallsAddUp() {
        assertEquals(0, SpamSignals.score("@LumenAir my bag is lost in Lisbon"));
        assertEquals(1, SpamSignals.score("@LumenAir see the photo https://example.test/p.jpg"));
        assertEquals(3, SpamSignals.score("@LumenAir free crypto giveaway https://example.test"));
        assertEquals(1, SpamSignals.score("#a #b #c #d #e"));
    }
}
