package com.firstline.insight;

import com.firstline.insight.Figures.TimelineMark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** Each reply the autopilot took back, as a marker on the charts over time. */
@ApplicationScoped
class RetractionMarks implements TimelineSource {

    @Inject
    DecisionFigures decisions;

    @Override
    public List<TimelineMark> marks(DayRange range) {
        return decisions.autopilotEvents(range, List.of(DecisionFigures.AUTO_RETRACTED)).stream()
                .map(e -> new TimelineMark((Instant) e[0], range.dayOf((Instant) e[0]), "RETRACTION",
                        "Autopilot reply retracted" + (e[2] == null ? "" : " (case " + e[2] + ")")))
                .toList();
    }
}
