package com.firstline.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The numbers a care team lives by, over whole days in one time zone. The JSON API, the CSV
 * export and the dashboard's charts and numbers all come from one of these.
 */
public record Figures(Range range, ResponseTimes firstResponse, Sla sla, ResponseTimes nextResponse,
                      SlaCount nextResponseSla, Daily volumeByIntent, Daily sentiment,
                      DraftOutcomes drafts, Autopilot autopilot, List<AgentLoad> workload,
                      List<TimelineMark> timeline) {

    public record Range(LocalDate from, LocalDate to, String zone, Instant start, Instant end, Instant computedAt) {
    }

    /**
     * Time from a customer's post to our reply. For the first response: the first post of each
     * case opened in the range. For the next response: each later turn (a post after we had
     * answered) started in the range. Percentiles are nearest-rank: p90 is the time within which
     * 90% of those answered were answered.
     */
    public record ResponseTimes(long answered, long unanswered, Long medianSeconds, Long p90Seconds,
                                long targetSeconds, List<Bucket> histogram) {
    }

    /** Answered turns whose response took at least {@code fromSeconds} and less than {@code toSeconds}. */
    public record Bucket(String label, long fromSeconds, Long toSeconds, long count) {
    }

    /**
     * First-response target met or missed, per case opened in the range. A case still unanswered
     * counts as missed once its deadline has passed and as pending before that; pending cases
     * are left out of the percentage.
     */
    public record Sla(String target, SlaCount total, List<SlaCount> byDay, List<SlaCount> byIntent) {
    }

    public record SlaCount(String key, long met, long missed, long pending, Double percentMet) {

        /** Cases whose outcome is known: met or missed. */
        public long decided() {
            return met + missed;
        }
    }

    /** Counts per day of the range (one entry per day, zeros included) for each series. */
    public record Daily(List<LocalDate> days, Map<String, List<Long>> series) {

        public long total() {
            return series.keySet().stream().mapToLong(this::total).sum();
        }

        public long total(String name) {
            return series.getOrDefault(name, List.of()).stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Agents' final decisions on drafts in the range, overall, per intent, per drafter (LLM/OFFLINE)
     * and per reply macro ("none" for posts no macro fitted), with the macros agents accept least.
     */
    public record DraftOutcomes(Outcome total, List<Outcome> byIntent, List<Outcome> byDrafter, List<Outcome> byMacro,
                                List<Outcome> worstMacros) {
    }

    /**
     * Sent unchanged, sent after an edit (with the mean and largest edit distance in characters
     * between the draft and what was sent) and rejected.
     */
    public record Outcome(String key, long sentUnchanged, long edited, long rejected, Double meanEditDistance,
                          Integer maxEditDistance) {

        /** Share of the final decisions that sent the draft unchanged. */
        public Double acceptancePercent() {
            return Percent.of(sentUnchanged, sentUnchanged + edited + rejected);
        }
    }

    /**
     * Replies the autopilot sent against replies agents approved, retractions, and the drafts it
     * would have sent in shadow mode.
     */
    public record Autopilot(long autoSent, long agentSent, Double sharePercent, long retracted,
                            long wouldAutoSend, Daily byDay) {

        /** Replies sent by anyone: the autopilot and agents. */
        public long sent() {
            return autoSent + agentSent;
        }
    }

    public record AgentLoad(String agent, long approved, long edited, long rejected, long escalated, long total) {
    }

    /** Something that happened at a moment, drawn as a marker on the charts over time. */
    public record TimelineMark(Instant at, LocalDate day, String kind, String label) {
    }
}
