package com.firstline.cases;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The first-response deadline of a new case: the target counted from the customer's first post,
 * in business hours when they are configured (firstline.sla.business-hours), else around the clock.
 */
@ApplicationScoped
public class SlaClock {

    @Inject
    SlaSettings settings;

    private BusinessHours hours;

    @PostConstruct
    void readHours() {
        hours = settings.businessHours().map(h -> BusinessHours.parse(h, settings.businessDays(), settings.timeZone()))
                .orElse(BusinessHours.ALWAYS);
    }

    public Instant firstResponseDue(Instant firstPostAt) {
        return hours.deadline(firstPostAt, settings.firstResponse());
    }
}
