package com.firstline.cases;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/** The first-response SLA; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.sla")
public interface SlaSettings {

    /** The target for the first reply. */
    Duration firstResponse();

    /** "09:00-18:00" to count the target in business hours only; empty for around the clock. */
    Optional<String> businessHours();

    /** The days the business hours apply, e.g. MON-FRI. */
    String businessDays();

    /** The zone the business hours are in. */
    String timeZone();
}
