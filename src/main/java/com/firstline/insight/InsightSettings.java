package com.firstline.insight;

import io.smallrye.config.ConfigMapping;

/** The dashboard's defaults; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.insight")
public interface InsightSettings {

    /** The zone days are counted in when a request names none. */
    String zone();

    /** How many days, up to today, a request without a range covers. */
    int defaultDays();
}
