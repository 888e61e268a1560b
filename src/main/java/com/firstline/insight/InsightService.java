package com.firstline.insight;

import com.firstline.insight.Figures.TimelineMark;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** Computes the dashboard's figures over a range of days, all read in one transaction. */
@ApplicationScoped
public class InsightService {

    @Inject
    InsightSettings settings;

    @Inject
    ResponseFigures responses;

    @Inject
    ConversationFigures conversations;

    @Inject
    DecisionFigures decisions;

    @Inject
    Instance<TimelineSource> timelineSources;

    /** The range asked for; missing parts default to the configured zone and the last days up to today. */
    public DayRange range(String from, String to, String zoneId) {
        return DayRange.parse(from, to, zoneId, ZoneId.of(settings.zone()), settings.defaultDays(), Instant.now());
    }

    public Figures figures(DayRange range) {
        return QuarkusTransaction.requiringNew().call(() -> compute(range, Instant.now()));
    }

    private Figures compute(DayRange range, Instant now) {
        var cases = responses.cases(range);
        var laterTurns = responses.nextTurns(range);
        var posts = conversations.posts(range);
        var decided = decisions.decisions(range);
        return new Figures(
                new Figures.Range(range.from(), range.to(), range.zone().getId(), range.start(), range.end(), now),
                responses.firstResponse(cases), responses.sla(cases, range, now),
                responses.nextResponse(laterTurns), responses.nextResponseSla(laterTurns, now),
                conversations.volumeByIntent(posts, range), conversations.sentiment(posts, range),
                decisions.outcomes(decided), decisions.autopilot(decided, range), decisions.workload(decided),
                timeline(range));
    }

    private List<TimelineMark> timeline(DayRange range) {
        return timelineSources.stream().flatMap(source -> source.marks(range).stream())
                .sorted(Comparator.comparing(TimelineMark::at)).toList();
    }
}
