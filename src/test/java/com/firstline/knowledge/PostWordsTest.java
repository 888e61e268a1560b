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
        assertEquals("is LU 215 on time?", Embeddings.wordsOf("is LU 215 on time?"));
    }
}
