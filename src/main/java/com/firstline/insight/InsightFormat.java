package com.firstline.insight;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;

/** How the dashboard writes its numbers: {@code {fmt:minutes(seconds)}}, {@code {fmt:percent(share)}}. */
@TemplateExtension(namespace = "fmt")
final class InsightFormat {

    private InsightFormat() {
    }

    /** Seconds as minutes, e.g. "12.5 min"; a dash when there is no figure. */
    static String minutes(Long seconds) {
        return seconds == null ? "–" : String.format(Locale.ROOT, "%.1f min", seconds / 60.0);
    }

    /** A percentage with its sign, or a dash for a share of nothing. */
    static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f%%", value);
    }
}
