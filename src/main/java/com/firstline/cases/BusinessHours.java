package com.firstline.cases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the care team works: the same opening hours on each working day but holidays, in one time
 * zone. A response target counts only time inside these hours, so a post on Friday evening is
 * due on Monday morning rather than in the middle of the weekend.
 */
public final class BusinessHours {

    /** Always open: targets count calendar time. */
    public static final BusinessHours ALWAYS = new BusinessHours(LocalTime.MIDNIGHT, null,
            EnumSet.allOf(DayOfWeek.class), Set.of(), ZoneId.of("UTC"));

    private final LocalTime opens;
    /** Null means the end of the day (24:00). */
    private final LocalTime closes;
    private final Set<DayOfWeek> days;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    private BusinessHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days, Set<LocalDate> holidays, ZoneId zone) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        if (closes != null && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("hours must close after they open: " + opens + "-" + closes);
        }
        this.opens = opens;
        this.closes = closes;
        this.days = EnumSet.copyOf(days);
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    /**
     * @param hours "09:00-17:30" ("24:00" closes at midnight)
     * @param days  "MON-FRI", or a list such as "MON,TUE,WED,THU,FRI,SAT"
     * @param zone  a time-zone id such as "Europe/Lisbon"
     */
    public static BusinessHours parse(String hours, String days, String zone) {
        String[] range = hours.strip().split("-");
        if (range.length != 2) {
            throw new IllegalArgumentException("business hours must look like 09:00-17:00, not " + hours);
        }
        String close = range[1].strip();
        return new BusinessHours(LocalTime.parse(range[0].strip()), "24:00".equals(close) ? null : LocalTime.parse(close),
                parseDays(days), Set.of(), ZoneId.of(zone.strip()));
    }

    /** The same hours, closed all day on these dates (in the hours' zone). */
    public BusinessHours closedOn(Collection<LocalDate> dates) {
        return new BusinessHours(opens, closes, days, Set.copyOf(dates), zone);
    }

    private static Set<DayOfWeek> parseDays(String days) {
        Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
        for (String part : days.split(",")) {
            String[] range = part.strip().split("-");
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length > 1 ? day(range[1]) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                parsed.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return parsed;
    }

    private static DayOfWeek day(String abbreviation) {
        String a = abbreviation.strip().toUpperCase();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(a) && a.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a day of the week: " + abbreviation);
    }

    /** The moment a target of {@code target} working time, started at {@code start}, runs out. */
    public Instant deadline(Instant start, Duration target) {
        if (this == ALWAYS) {
            return start.plus(target);
        }
        ZonedDateTime at = start.atZone(zone);
        Duration left = target;
        while (true) {
            LocalDate date = at.toLocalDate();
            ZonedDateTime open = date.atTime(opens).atZone(zone);
            ZonedDateTime close = closes == null ? date.plusDays(1).atStartOfDay(zone) : date.atTime(closes).atZone(zone);
            if (days.contains(date.getDayOfWeek()) && !holidays.contains(date) && at.isBefore(close)) {
                ZonedDateTime from = at.isBefore(open) ? open : at;
                Duration available = Duration.between(from, close);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left).toInstant();
                }
                left = left.minus(available);
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
    }
}
