package com.firstline.triage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class UrgencySignalTest {

    @Test
    void firesOnTheCustomersOwnWords() {
        assertTrue(UrgencySignal.SAFETY.firesOn("there is a burning smell in row 12"));
        assertTrue(UrgencySignal.LEGAL_THREAT.firesOn("my LAWYER will be in touch"));
        assertTrue(UrgencySignal.TRAVELLING_NOW.firesOn("I'm at the gate and it leaves in 40 minutes"));
        assertTrue(UrgencySignal.VULNERABLE_CUSTOMER.firesOn("my insulin is in the lost bag"));
        assertTrue(UrgencySignal.REPEATED_CONTACT.firesOn("still nothing from you"));
    }

    @Test
    void staysQuietOnOrdinaryQuestions() {
        String question = "what is the cabin bag allowance to Lisbon?";
        for (UrgencySignal signal : UrgencySignal.values()) {
            assertFalse(signal.firesOn(question), signal.name());
        }
    }
}
