package com.firstline.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostWordsTest {

    @Test
    void handlesAndLinksAreLeftOut() {
        assertEquals("my bag did not arrive in Lisbon, see",
                Embeddings.wordsOf("@LumenAir my bag did not arrive in Lisbon, see https://t.co/abc123 @HaldenAirport"));
    }

    @Test
    void spacesLeftBehindCollapse() {
        assertEquals("wifi ✈️ down again", Embeddings.wordsOf("  @LumenAir\n wifi  ✈️ @x\tdown again "));
    }

    @Test
    void aPostOfOnlyHandlesAndLinksIsKeptAsItIs() {
        String text = "@LumenAir @someone https://t.co/xyz";
        assertEquals(text, Embeddings.wordsOf(text));
    }

    @Test
    void plainWordsAreUntouched() {
        assertEquals("is the Lisbon flight on time?", Embeddings.wordsOf("is the Lisbon flight on time?"));
    }

    /** Which flight says nothing about what the post is about, and made posts match by flight number. */
    @Test
    void flightNumbersBecomeTheWordFlight() {
        assertEquals("is flight on time? flight was late too, and flight",
                Embeddings.wordsOf("is LU 215 on time? DL4047 was late too, and #flight5185"));
    }
}
