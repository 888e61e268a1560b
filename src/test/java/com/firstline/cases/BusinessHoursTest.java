package com.firstline.cases;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** First-response deadlines counted in business hours, around the edges of the working day and week. */
class BusinessHoursTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final Duration TWENTY_MINUTES = Duration.ofMinutes(20);
    private static final BusinessHours OFFICE = BusinessHours.parse("09:00-17:30", "MON-FRI", "Europe/Lisbon");

    /** 2026-11-27 is a Friday. */
    private static Instant lisbon(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LISBON).toInstant();
    }

    @Test
    void withoutBusinessHoursTheTargetIsCalendarTime() {
        Instant saturdayNight = lisbon("2026-11-28T23:50");
        assertEquals(saturdayNight.plus(TWENTY_MINUTES), BusinessHours.ALWAYS.deadline(saturdayNight, TWENTY_MINUTES));
    }

    @Test
    void aPostInsideTheHoursIsDueTwentyMinutesLater() {
        assertEquals(lisbon("2026-11-25T10:20"), OFFICE.deadline(lisbon("2026-11-25T10:00"), TWENTY_MINUTES));
    }

    @Test
    void aPostJustBeforeClosingCarriesTheRestToTheNextMorning() {
        assertEquals(lisbon("2026-11-26T09:10"), OFFICE.deadline(lisbon("2026-11-25T17:20"), TWENTY_MINUTES));
    }

    @Test
    void anEveningPostIsDueTwentyMinutesAfterOpening() {
        assertEquals(lisbon("2026-11-26T09:20"), OFFICE.deadline(lisbon("2026-11-25T21:45"), TWENTY_MINUTES));
        assertEquals(lisbon("2026-11-26T09:20"), OFFICE.deadline(lisbon("2026-11-26T06:00"), TWENTY_MINUTES));
    }

    @Test
    void fridayEveningAndWeekendPostsAreDueOnMondayMorning() {
        assertEquals(lisbon("2026-11-30T09:20"), OFFICE.deadline(lisbon("2026-11-27T17:30"), TWENTY_MINUTES));
        assertEquals(lisbon("2026-11-30T09:20"), OFFICE.deadline(lisbon("2026-11-28T12:00"), TWENTY_MINUTES));
        assertEquals(lisbon("2026-11-30T09:05"), OFFICE.deadline(lisbon("2026-11-27T17:15"), TWENTY_MINUTES));
    }

    @Test
    void aTargetLongerThanADaySpansSeveralWorkingDays() {
        // 8.5 working hours a day: 10 hours from Friday 16:00 = 1.5 on Friday, 8.5 on Monday.
        assertEquals(lisbon("2026-11-30T17:30"), OFFICE.deadline(lisbon("2026-11-27T16:00"), Duration.ofHours(10)));
    }

    @Test
    void hoursFollowTheLocalClockAcrossASummerTimeChange() {
        // Portugal moves its clocks forward at 01:00 on 2026-03-29 (a Sunday).
        BusinessHours everyDay = BusinessHours.parse("09:00-17:00", "MON-SUN", "Europe/Lisbon");
        assertEquals(lisbon("2026-03-29T09:20"), everyDay.deadline(lisbon("2026-03-28T23:00"), TWENTY_MINUTES));
        assertEquals(Instant.parse("2026-03-29T08:20:00Z"), everyDay.deadline(lisbon("2026-03-28T23:00"), TWENTY_MINUTES));
    }

    @Test
    void listsOfDaysAndMidnightClosingAreUnderstood() {
        BusinessHours weekdaysAndSunday = BusinessHours.parse("00:00-24:00", "MON-FRI,SUN", "UTC");
        assertEquals(Instant.parse("2026-11-29T00:20:00Z"),
                weekdaysAndSunday.deadline(Instant.parse("2026-11-28T15:00:00Z"), TWENTY_MINUTES));
        assertEquals(Instant.parse("2026-11-27T00:10:00Z"),
                weekdaysAndSunday.deadline(Instant.parse("2026-11-26T23:50:00Z"), TWENTY_MINUTES));
    }

    @Test
    void nonsenseIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse("17:00-09:00", "MON-FRI", "UTC"));
        assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse("9 to 5", "MON-FRI", "UTC"));
        assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse("09:00-17:00", "WEEKDAYS", "UTC"));
    }
}
