package com.firstline.insight;

import com.firstline.insight.Figures.Daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link Daily}: counts per series and per day of a range, every day present. */
final class DailyCounts {

    private final DayRange range;
    private final List<LocalDate> days;
    private final Map<String, long[]> series = new LinkedHashMap<>();

    DailyCounts(DayRange range, List<String> fixedSeries) {
        this.range = range;
        this.days = range.days();
        fixedSeries.forEach(this::seriesOf);
    }

    DailyCounts add(String name, Instant at) {
        int index = days.indexOf(range.dayOf(at));
        if (index >= 0) {
            seriesOf(name)[index]++;
        }
        return this;
    }

    private long[] seriesOf(String name) {
        return series.computeIfAbsent(name, k -> new long[days.size()]);
    }

    /** The series, largest total first when {@code byTotal}, else in the order first seen. */
    Daily build(boolean byTotal) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(series.entrySet());
        if (byTotal) {
            entries.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -total(e.getValue()))
                    .thenComparing(Map.Entry::getKey));
        }
        Map<String, List<Long>> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), Arrays.stream(e.getValue()).boxed().toList()));
        return new Daily(days, Collections.unmodifiableMap(out));
    }

    private static long total(long[] counts) {
        return Arrays.stream(counts).sum();
    }
}
