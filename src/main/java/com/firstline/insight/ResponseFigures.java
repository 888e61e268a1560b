package com.firstline.insight;

import com.firstline.cases.SlaSettings;
import com.firstline.insight.Figures.Bucket;
import com.firstline.insight.Figures.ResponseTimes;
import com.firstline.insight.Figures.Sla;
import com.firstline.insight.Figures.SlaCount;
import com.firstline.triage.Intent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * First response and SLA, per case opened in the range (a case's intent is the intent of its
 * first post; spam cases are left out: nobody answers them), and next response, per later turn
 * started in the range (turns resolved as needing no reply are left out).
 */
@ApplicationScoped
class ResponseFigures {

    /** Histogram edges as multiples of the SLA target, so the target is always a bucket edge. */
    private static final double[] EDGES = {0.25, 0.5, 0.75, 1, 1.5, 2, 4};

    @Inject
    EntityManager em;

    @Inject
    SlaSettings sla;

    enum SlaState { MET, MISSED, PENDING }

    record CaseTimes(Instant openedAt, Instant dueAt, Instant respondedAt, String intent) {

        SlaState state(Instant now) {
            if (respondedAt != null) {
                return respondedAt.isAfter(dueAt) ? SlaState.MISSED : SlaState.MET;
            }
            return dueAt.isBefore(now) ? SlaState.MISSED : SlaState.PENDING;
        }

        Duration responseTime() {
            return Duration.between(openedAt, respondedAt);
        }
    }

    List<CaseTimes> cases(DayRange range) {
        List<Object[]> rows = em.createQuery("""
                        select c.openedAt, c.firstResponseDueAt, c.firstRespondedAt,
                               (select t.intent from Triage t where t.mention.id =
                                   (select min(m.id) from Mention m where m.supportCase = c))
                        from Case c where c.openedAt >= ?1 and c.openedAt < ?2""", Object[].class)
                .setParameter(1, range.start()).setParameter(2, range.end()).getResultList();
        return rows.stream().filter(r -> r[3] != Intent.SPAM)
                .map(r -> new CaseTimes((Instant) r[0], (Instant) r[1], (Instant) r[2],
                        r[3] == null ? "UNTRIAGED" : ((Intent) r[3]).name()))
                .toList();
    }

    /** Each customer post that started a later turn in the range, with its next-response deadline. */
    List<CaseTimes> nextTurns(DayRange range) {
        return em.createQuery("""
                        select t.startedAt, t.dueAt, t.respondedAt from ResponseTurn t
                        where t.turnNumber > 1 and t.waived = false and t.startedAt >= ?1 and t.startedAt < ?2""",
                        Object[].class)
                .setParameter(1, range.start()).setParameter(2, range.end()).getResultList().stream()
                .map(r -> new CaseTimes((Instant) r[0], (Instant) r[1], (Instant) r[2], "ALL")).toList();
    }

    ResponseTimes firstResponse(List<CaseTimes> cases) {
        return times(cases, sla.firstResponse());
    }

    ResponseTimes nextResponse(List<CaseTimes> turns) {
        return times(turns, sla.nextResponse());
    }

    SlaCount nextResponseSla(List<CaseTimes> turns, Instant now) {
        return count("ALL", turns, now);
    }

    private static ResponseTimes times(List<CaseTimes> turns, Duration target) {
        List<Long> seconds = turns.stream().filter(c -> c.respondedAt() != null)
                .map(c -> c.responseTime().toSeconds()).sorted().toList();
        return new ResponseTimes(seconds.size(), turns.size() - seconds.size(), nearestRank(seconds, 50),
                nearestRank(seconds, 90), target.toSeconds(), histogram(seconds, target));
    }

    Sla sla(List<CaseTimes> cases, DayRange range, Instant now) {
        Map<String, List<CaseTimes>> byDay = new LinkedHashMap<>();
        range.days().forEach(day -> byDay.put(day.toString(), new ArrayList<>()));
        cases.forEach(c -> byDay.get(range.dayOf(c.openedAt()).toString()).add(c));
        Map<String, List<CaseTimes>> byIntent = new LinkedHashMap<>();
        cases.stream().sorted(Comparator.comparing(CaseTimes::intent))
                .forEach(c -> byIntent.computeIfAbsent(c.intent(), k -> new ArrayList<>()).add(c));
        Function<Map.Entry<String, List<CaseTimes>>, SlaCount> count = e -> count(e.getKey(), e.getValue(), now);
        return new Sla(sla.firstResponse().toString(), count("ALL", cases, now),
                byDay.entrySet().stream().map(count).toList(), byIntent.entrySet().stream().map(count).toList());
    }

    private static SlaCount count(String key, List<CaseTimes> cases, Instant now) {
        long met = cases.stream().filter(c -> c.state(now) == SlaState.MET).count();
        long missed = cases.stream().filter(c -> c.state(now) == SlaState.MISSED).count();
        return new SlaCount(key, met, missed, cases.size() - met - missed, Percent.of(met, met + missed));
    }

    /** The smallest value with at least {@code p}% of the values at or below it; null when there are none. */
    static Long nearestRank(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static List<Bucket> histogram(List<Long> seconds, Duration target) {
        List<Bucket> buckets = new ArrayList<>();
        long from = 0;
        for (int i = 0; i <= EDGES.length; i++) {
            Long to = i < EDGES.length ? Math.round(target.toSeconds() * EDGES[i]) : null;
            long low = from;
            long count = seconds.stream().filter(s -> s >= low && (to == null || s < to)).count();
            buckets.add(new Bucket(label(low, to), low, to, count));
            from = to == null ? from : to;
        }
        return buckets;
    }

    private static String label(long from, Long to) {
        return to == null ? minutes(from) + "+ min" : minutes(from) + "–" + minutes(to) + " min";
    }

    private static String minutes(long seconds) {
        return seconds % 60 == 0 ? Long.toString(seconds / 60) : String.format(Locale.ROOT, "%.1f", seconds / 60.0);
    }
}
