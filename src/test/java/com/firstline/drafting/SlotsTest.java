package com.firstline.drafting;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A macro's slots filled from a post and the customer's profile name. */
class SlotsTest {

    @Test
    void detailsComeFromThePostAndTheFirstNameFromTheProfile() {
        Slots slots = Slots.of("huge thanks to Monika at the gate in JFK, LU 482 left at 6:40pm", "Maria Lopez");

        assertEquals("Thank you, Maria! We'll tell Monika. Enjoy LU 482 from JFK at 6:40pm.",
                slots.fill("Thank you, {first_name}! We'll tell {staff}. Enjoy {flight} from {airport} at {time}."));
        assertTrue(slots.fills("{staff} {flight} {airport} {time}"));
        assertEquals(4, slots.used("{staff} {flight} {airport} {time}"));
    }

    @Test
    void aDetailThePostDoesNotGiveRulesOutTheVariantThatNeedsIt() {
        Slots slots = Slots.of("my bag never showed up", "Ben Adams");

        assertFalse(slots.fills("Sorry about {flight}, {first_name}."));
        assertTrue(slots.fills("Sorry about your bag, {first_name}."));
    }

    @Test
    void anUnknownFirstNameIsLeftOutWithItsComma() {
        Slots slots = Slots.of("hello", "@@@ 123");

        assertEquals("Thank you!", slots.fill("Thank you, {first_name}!"));
        assertEquals("Hi, LumenLink is free for messaging.", slots.fill("Hi {first_name}, LumenLink is free for messaging."));
        assertEquals("This made our day.", slots.fill("{first_name}, this made our day."));
    }
}
