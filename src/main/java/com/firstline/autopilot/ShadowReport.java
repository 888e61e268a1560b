package com.firstline.autopilot;

import com.firstline.drafting.DraftStatus;
import com.firstline.publish.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What shadow mode measured since a given time: how often the autopilot would have answered, and,
 * for those drafts, whether the agents then sent the same reply, nearly the same, a different
 * one, or rejected it. Read from the database, so every instance reports the same figures.
 */
@ApplicationScoped
public class ShadowReport {

    public record Report(Instant since, long decided, long wouldSend, double wouldSendRate, long answeredByAgents,
                         Map<String, Long> agreement, double agreementRate, long rejectedByAgents,
                         long stillOpen, Map<String, Long> heldBecause) {
    }

    @Transactional
    public Report since(Instant since) {
        List<AutopilotDecision> decisions = AutopilotDecision.list(
                "select d from AutopilotDecision d join fetch d.draft where d.mode = ?1 and d.decidedAt >= ?2",
                AutopilotMode.SHADOW, since);
        List<AutopilotDecision> wouldSend = decisions.stream()
                .filter(d -> d.outcome == AutopilotDecision.Outcome.WOULD_SEND).toList();
        Map<Long, Reply> sent = wouldSend.isEmpty() ? Map.of() : Reply.<Reply>list("draft.id in ?1",
                        wouldSend.stream().map(d -> d.draft.id).toList()).stream()
                .collect(Collectors.toMap(r -> r.draft.id, Function.identity()));
        Map<Agreement, Long> agreement = new EnumMap<>(Agreement.class);
        for (Agreement a : Agreement.values()) {
            agreement.put(a, 0L);
        }
        wouldSend.stream().filter(d -> sent.containsKey(d.draft.id))
                .forEach(d -> agreement.merge(Agreement.of(d.text, sent.get(d.draft.id).text), 1L, Long::sum));
        long answered = sent.size();
        long agreed = agreement.get(Agreement.SAME) + agreement.get(Agreement.NEARLY_SAME);
        Map<String, Long> byName = new LinkedHashMap<>();
        agreement.forEach((a, n) -> byName.put(a.name(), n));
        return new Report(since, decisions.size(), wouldSend.size(), ratio(wouldSend.size(), decisions.size()),
                answered, byName, ratio(agreed, answered),
                wouldSend.stream().filter(d -> d.draft.status == DraftStatus.REJECTED).count(),
                wouldSend.stream().filter(d -> d.draft.status.awaitsDecision()).count(),
                decisions.stream().filter(d -> d.outcome == AutopilotDecision.Outcome.HELD)
                        .collect(Collectors.groupingBy(d -> reasonOf(d.rule), Collectors.counting())));
    }

    /** The rule's kind without its figures ("confidence 0.41 is below 0.80 for DELAY" → "confidence"). */
    static String reasonOf(String rule) {
        String head = rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
        return head.replaceAll("[0-9.()]+", "").replaceAll("\\s+", " ").strip();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
