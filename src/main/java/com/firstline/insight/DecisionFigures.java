package com.firstline.insight;

import com.firstline.drafting.DraftedBy;
import com.firstline.insight.Figures.AgentLoad;
import com.firstline.insight.Figures.Autopilot;
import com.firstline.insight.Figures.DraftOutcomes;
import com.firstline.insight.Figures.Outcome;
import com.firstline.triage.Intent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened to drafts, read from the audit trail: agents' decisions (with the text before
 * and after an edit), and the autopilot's sends, retractions and shadow-mode verdicts.
 */
@ApplicationScoped
public class DecisionFigures {

    /** The audit actor of replies sent without a person. */
    public static final String AUTOPILOT = "autopilot";
    public static final String APPROVED = "APPROVED";
    public static final String APPROVED_EDITED = "APPROVED_EDITED";
    public static final String REJECTED = "REJECTED";
    public static final String ESCALATED = "ESCALATED";
    public static final String AUTO_SENT = "AUTO_SENT";
    public static final String AUTO_RETRACTED = "AUTO_RETRACTED";
    public static final String WOULD_AUTO_SEND = "WOULD_AUTO_SEND";
    private static final String AGENT_SENT = "AGENT_SENT";
    /** The macro key of drafts no macro fitted (or from before macros). */
    static final String NO_MACRO = "none";
    /** Decisions a macro needs before it is ranked among the worst, and how many are listed. */
    private static final int JUDGED_AFTER = 3;
    private static final int WORST_SHOWN = 5;

    @Inject
    EntityManager em;

    /** One decision by a person on a draft; {@code editDistance} only for an edit. */
    record Decision(Instant at, String agent, String action, DraftedBy draftedBy, String intent, String macro,
                    Integer editDistance) {

        boolean sent() {
            return APPROVED.equals(action) || APPROVED_EDITED.equals(action);
        }

        boolean isFinal() {
            return sent() || REJECTED.equals(action);
        }
    }

    List<Decision> decisions(DayRange range) {
        List<Object[]> rows = em.createQuery("""
                        select a.occurredAt, a.actor, a.action, a.detail, d.draftedBy, d.text, t.intent, d.macroId
                        from AuditEvent a join Draft d on d.id = a.draftId left join Triage t on t.mention = d.mention
                        where a.action in ?1 and a.occurredAt >= ?2 and a.occurredAt < ?3 and a.actor <> ?4""",
                        Object[].class)
                .setParameter(1, List.of(APPROVED, APPROVED_EDITED, REJECTED, ESCALATED))
                .setParameter(2, range.start()).setParameter(3, range.end()).setParameter(4, AUTOPILOT)
                .getResultList();
        return rows.stream().map(DecisionFigures::decision).toList();
    }

    private static Decision decision(Object[] r) {
        String action = (String) r[2];
        Integer distance = APPROVED_EDITED.equals(action)
                ? EditDistance.between(EditedText.before((String) r[3], (String) r[5]), (String) r[5]) : null;
        return new Decision((Instant) r[0], (String) r[1], action, (DraftedBy) r[4],
                r[6] == null ? "UNTRIAGED" : ((Intent) r[6]).name(), r[7] == null ? NO_MACRO : (String) r[7], distance);
    }

    DraftOutcomes outcomes(List<Decision> decisions) {
        List<Decision> finals = decisions.stream().filter(Decision::isFinal).toList();
        List<Outcome> byMacro = outcomes(finals, Decision::macro);
        return new DraftOutcomes(outcome("ALL", finals), outcomes(finals, Decision::intent),
                outcomes(finals, d -> d.draftedBy().name()), byMacro, worst(byMacro));
    }

    /**
     * The macros to fix first: those with at least {@link #JUDGED_AFTER} final decisions, least
     * often sent unchanged first.
     */
    private static List<Outcome> worst(List<Outcome> byMacro) {
        return byMacro.stream().filter(o -> !o.key().equals(NO_MACRO))
                .filter(o -> o.sentUnchanged() + o.edited() + o.rejected() >= JUDGED_AFTER)
                .sorted(Comparator.comparingDouble(Outcome::acceptancePercent)).limit(WORST_SHOWN).toList();
    }

    private static List<Outcome> outcomes(List<Decision> finals, Function<Decision, String> key) {
        return finals.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> outcome(e.getKey(), e.getValue())).toList();
    }

    private static Outcome outcome(String key, List<Decision> finals) {
        IntSummaryStatistics edits = finals.stream().filter(d -> d.editDistance() != null)
                .mapToInt(Decision::editDistance).summaryStatistics();
        return new Outcome(key, countOf(finals, APPROVED), edits.getCount(), countOf(finals, REJECTED),
                edits.getCount() == 0 ? null : Math.round(edits.getAverage() * 10) / 10.0,
                edits.getCount() == 0 ? null : edits.getMax());
    }

    private static long countOf(List<Decision> decisions, String action) {
        return decisions.stream().filter(d -> d.action().equals(action)).count();
    }

    /** Decisions per agent, busiest first. */
    List<AgentLoad> workload(List<Decision> decisions) {
        Map<String, List<Decision>> byAgent = decisions.stream()
                .collect(Collectors.groupingBy(Decision::agent, TreeMap::new, Collectors.toList()));
        return byAgent.entrySet().stream()
                .map(e -> new AgentLoad(e.getKey(), countOf(e.getValue(), APPROVED),
                        countOf(e.getValue(), APPROVED_EDITED), countOf(e.getValue(), REJECTED),
                        countOf(e.getValue(), ESCALATED), e.getValue().size()))
                .sorted(Comparator.comparingLong(AgentLoad::total).reversed()).toList();
    }

    /** The autopilot's audit events in the range, oldest first: when, which action, which case. */
    List<Object[]> autopilotEvents(DayRange range, List<String> actions) {
        return em.createQuery("select a.occurredAt, a.action, a.caseId from AuditEvent a "
                        + "where a.action in ?1 and a.occurredAt >= ?2 and a.occurredAt < ?3 order by a.occurredAt",
                        Object[].class)
                .setParameter(1, actions).setParameter(2, range.start()).setParameter(3, range.end())
                .getResultList();
    }

    /** Replies sent by the autopilot against replies approved by agents, per day. */
    Autopilot autopilot(List<Decision> decisions, DayRange range) {
        DailyCounts counts = new DailyCounts(range, List.of(AUTO_SENT, AGENT_SENT, AUTO_RETRACTED, WOULD_AUTO_SEND));
        autopilotEvents(range, List.of(AUTO_SENT, AUTO_RETRACTED, WOULD_AUTO_SEND))
                .forEach(e -> counts.add((String) e[1], (Instant) e[0]));
        decisions.stream().filter(Decision::sent).forEach(d -> counts.add(AGENT_SENT, d.at()));
        Figures.Daily byDay = counts.build(false);
        long autoSent = byDay.total(AUTO_SENT);
        long agentSent = byDay.total(AGENT_SENT);
        return new Autopilot(autoSent, agentSent, Percent.of(autoSent, autoSent + agentSent),
                byDay.total(AUTO_RETRACTED), byDay.total(WOULD_AUTO_SEND), byDay);
    }
}
