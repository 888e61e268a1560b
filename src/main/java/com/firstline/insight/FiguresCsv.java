package com.firstline.insight;

import com.firstline.insight.Figures.Daily;
import com.firstline.insight.Figures.Outcome;
import com.firstline.insight.Figures.SlaCount;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures as one long CSV table (figure, day, group, measure, value), one number per row,
 * so a spreadsheet pivots it any way it likes. Cells that a spreadsheet would run as a formula
 * are written with a leading apostrophe.
 */
final class FiguresCsv {

    static final String HEADER = "figure,day,group,measure,value\n";

    private final StringBuilder out = new StringBuilder(HEADER);

    private FiguresCsv() {
    }

    static String of(Figures f) {
        FiguresCsv csv = new FiguresCsv();
        var range = f.range();
        csv.row("range", null, null, "from", range.from()).row("range", null, null, "to", range.to())
                .row("range", null, null, "zone", range.zone());
        csv.times("first_response", f.firstResponse()).times("next_response", f.nextResponse());
        csv.sla("sla", List.of(f.sla().total()), false).sla("sla_by_day", f.sla().byDay(), true)
                .sla("sla_by_intent", f.sla().byIntent(), false)
                .sla("next_response_sla", List.of(f.nextResponseSla()), false);
        csv.daily("volume", f.volumeByIntent(), "mentions").daily("sentiment", f.sentiment(), "mentions");
        csv.outcomes("drafts", List.of(f.drafts().total())).outcomes("drafts_by_intent", f.drafts().byIntent())
                .outcomes("drafts_by_drafter", f.drafts().byDrafter()).outcomes("drafts_by_macro", f.drafts().byMacro());
        var auto = f.autopilot();
        csv.row("autopilot", null, null, "auto_sent", auto.autoSent())
                .row("autopilot", null, null, "agent_sent", auto.agentSent())
                .row("autopilot", null, null, "share_percent", auto.sharePercent())
                .row("autopilot", null, null, "retracted", auto.retracted())
                .row("autopilot", null, null, "would_auto_send", auto.wouldAutoSend())
                .daily("autopilot_by_day", auto.byDay(), "events");
        f.workload().forEach(a -> csv.row("workload", null, a.agent(), "approved", a.approved())
                .row("workload", null, a.agent(), "edited", a.edited())
                .row("workload", null, a.agent(), "rejected", a.rejected())
                .row("workload", null, a.agent(), "escalated", a.escalated())
                .row("workload", null, a.agent(), "total", a.total()));
        f.timeline().forEach(m -> csv.row("timeline", m.day(), m.kind(), "label", m.label()));
        return csv.out.toString();
    }

    private FiguresCsv times(String section, Figures.ResponseTimes times) {
        row(section, null, null, "answered", times.answered()).row(section, null, null, "unanswered", times.unanswered())
                .row(section, null, null, "median_seconds", times.medianSeconds())
                .row(section, null, null, "p90_seconds", times.p90Seconds())
                .row(section, null, null, "target_seconds", times.targetSeconds());
        times.histogram().forEach(b -> row(section + "_histogram", null, b.label(), "answered", b.count()));
        return this;
    }

    private FiguresCsv sla(String figure, List<SlaCount> counts, boolean keyIsDay) {
        counts.forEach(c -> {
            LocalDate day = keyIsDay ? LocalDate.parse(c.key()) : null;
            String group = keyIsDay ? null : c.key();
            row(figure, day, group, "met", c.met()).row(figure, day, group, "missed", c.missed())
                    .row(figure, day, group, "pending", c.pending()).row(figure, day, group, "percent_met", c.percentMet());
        });
        return this;
    }

    private FiguresCsv daily(String figure, Daily daily, String measure) {
        daily.series().forEach((name, counts) -> {
            for (int i = 0; i < counts.size(); i++) {
                row(figure, daily.days().get(i), name, measure, counts.get(i));
            }
        });
        return this;
    }

    private FiguresCsv outcomes(String figure, List<Outcome> outcomes) {
        outcomes.forEach(o -> row(figure, null, o.key(), "sent_unchanged", o.sentUnchanged())
                .row(figure, null, o.key(), "edited", o.edited()).row(figure, null, o.key(), "rejected", o.rejected())
                .row(figure, null, o.key(), "mean_edit_distance", o.meanEditDistance())
                .row(figure, null, o.key(), "max_edit_distance", o.maxEditDistance()));
        return this;
    }

    private FiguresCsv row(String figure, LocalDate day, String group, String measure, Object value) {
        out.append(figure).append(',').append(day == null ? "" : day).append(',').append(cell(group)).append(',')
                .append(measure).append(',').append(cell(value == null ? null : value.toString())).append('\n');
        return this;
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
                ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?[0-9]+(\\.[0-9]+)?");
    }
}
