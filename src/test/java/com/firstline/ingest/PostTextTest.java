package com.firstline.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PostTextTest {

    @Test
    void keepsEmojiAccentsAndRightToLeftText() {
        assertEquals("✈️ Ngozi Adébáyọ̀ يوسف 👩‍👩‍👧", PostText.clean("✈️ Ngozi Adébáyọ̀ يوسف 👩‍👩‍👧"));
    }

    @Test
    void composesDecomposedAccents() {
        assertEquals("é", PostText.clean("e\u0301"));
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaks() {
        assertEquals("line one\nline\ttwo", PostText.clean("\u0000line one\n\u0007line\ttwo\u001b"));
    }

    @Test
    void dropsUnpairedSurrogatesButKeepsPairs() {
        assertEquals("a😀b", PostText.clean("a\uD800😀\uDC00b"));
    }

    @Test
    void invisibleCharactersAloneAreNotVisibleText() {
        assertFalse(PostText.hasVisibleText("\u200B \u2060\u00A0"));
        assertTrue(PostText.hasVisibleText("\u200Bok"));
    }
}
