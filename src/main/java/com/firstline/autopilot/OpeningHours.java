package com.firstline.autopilot;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When the autopilot may answer, in the team's time zone: "07:00-23:00"; "22:00-06:00" runs past midnight. */
public record OpeningHours(LocalTime from, LocalTime to) {

    private static final Pattern RANGE = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    public static OpeningHours parse(String text) {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("hours: expected HH:mm-HH:mm, got '" + text + "'");
        }
        return new OpeningHours(LocalTime.parse(m.group(1)), LocalTime.parse(m.group(2)));
    }

    /** True at any time when from equals to (open around the clock). */
    public boolean contains(LocalTime time) {
        if (from.equals(to)) {
            return true;
        }
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
