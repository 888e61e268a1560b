package com.firstline.autopilot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgreementTest {

    @Test
    void sameNearlyTheSameOrDifferent() {
        String auto = "Hi Casey, messaging apps are free for the whole flight. A Browse pass costs 4 EUR.";
        assertEquals(Agreement.SAME, Agreement.of(auto, "hi casey,  Messaging apps are free for the whole flight! A Browse pass costs 4 EUR"));
        assertEquals(Agreement.NEARLY_SAME, Agreement.of(auto,
                "Hi Casey, messaging apps are free for the whole flight. A Browse pass costs 4 EUR. Enjoy!"));
        assertEquals(Agreement.DIFFERENT, Agreement.of(auto, "Hi, please send us a DM and we will check."));
    }
}
