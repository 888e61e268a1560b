package com.firstline.insight;

import java.util.List;

/**
 * Events the dashboard marks on its charts over time. Each source is a CDI bean; the figures
 * gather the marks of every source, so a new kind of event needs only a new source.
 */
public interface TimelineSource {

    List<Figures.TimelineMark> marks(DayRange range);
}
