package com.firstline.insight;

import com.firstline.problem.ProblemException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Whole days, both ends included, as a care lead reads them on a calendar in one time zone.
 * Every figure is bucketed by the local day of its timestamp, so a day of 23 or 25 hours (clock
 * change) is still one day and nothing falls between two days.
 */
public record DayRange(LocalDate from, LocalDate to, ZoneId zone) {

    /** Longest range one request may ask for. */
    static final int MAX_DAYS = 366;

    public DayRange {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to: " + to + " is before from: " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.badRequest("from/to: at most " + MAX_DAYS + " days at a time");
        }
    }

    /**
     * The range from request parameters; missing ends default to the last {@code defaultDays}
     * days up to today in the zone.
     */
    public static DayRange parse(String from, String to, String zone, ZoneId defaultZone, int defaultDays,
                                 Instant now) {
        ZoneId zoneId = zone == null || zone.isBlank() ? defaultZone : zoneOf(zone);
        LocalDate end = to == null || to.isBlank() ? LocalDate.ofInstant(now, zoneId) : dateOf("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(defaultDays - 1L) : dateOf("from", from);
        return new DayRange(start, end, zoneId);
    }

    /** The first instant of the range. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static LocalDate dateOf(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + ": expected a date like 2026-11-23, got " + value);
        }
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("zone: unknown time zone " + zone);
        }
    }
}
