package com.firstline.insight;

import com.firstline.incident.Incident;
import com.firstline.insight.Figures.TimelineMark;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Each incident's opening and resolution, as markers on the charts over time. */
@ApplicationScoped
class IncidentMarks implements TimelineSource {

    @Override
    public List<TimelineMark> marks(DayRange range) {
        List<TimelineMark> marks = new ArrayList<>();
        for (Incident incident : Incident.<Incident>list("(openedAt >= ?1 and openedAt < ?2) "
                + "or (resolvedAt >= ?1 and resolvedAt < ?2)", range.start(), range.end())) {
            addIfWithin(marks, range, incident.openedAt, "INCIDENT", "Incident opened: " + incident.title);
            addIfWithin(marks, range, incident.resolvedAt, "INCIDENT_RESOLVED", "Incident resolved: " + incident.title);
        }
        return marks;
    }

    private static void addIfWithin(List<TimelineMark> marks, DayRange range, Instant at, String kind, String label) {
        if (at != null && !at.isBefore(range.start()) && at.isBefore(range.end())) {
            marks.add(new TimelineMark(at, range.dayOf(at), kind, label));
        }
    }
}
