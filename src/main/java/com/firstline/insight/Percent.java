package com.firstline.insight;

/** Shares as percentages with one decimal; no share of nothing. */
final class Percent {

    private Percent() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
