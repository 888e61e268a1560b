package com.firstline.cases;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The response SLA; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.sla")
public interface SlaSettings {

    /** The target for the first reply of a case. */
    Duration firstResponse();

    /** The target for each later reply, counted from the customer's post that started the turn. */
    Duration nextResponse();

    /** "09:00-18:00" to count the targets in business hours only; empty for around the clock. */
    Optional<String> businessHours();

    /** The days the business hours apply, e.g. MON-FRI. */
    String businessDays();

    /** Dates the team does not work, with business hours: 2026-12-25,2027-01-01. */
    Optional<List<LocalDate>> holidays();

    /** The zone the business hours are in. */
    String timeZone();
}
