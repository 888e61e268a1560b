package com.firstline.cases;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Response deadlines: a target counted from the customer's post, in business hours when they are
 * configured (firstline.sla.business-hours, without the holidays), else around the clock.
 */
@ApplicationScoped
public class SlaClock {

    @Inject
    SlaSettings settings;

    private BusinessHours hours;

    @PostConstruct
    void readHours() {
        hours = settings.businessHours()
                .map(h -> BusinessHours.parse(h, settings.businessDays(), settings.timeZone())
                        .closedOn(settings.holidays().orElse(List.of())))
                .orElse(BusinessHours.ALWAYS);
    }

    public Instant firstResponseDue(Instant firstPostAt) {
        return hours.deadline(firstPostAt, settings.firstResponse());
    }

    public Instant nextResponseDue(Instant postAt) {
        return hours.deadline(postAt, settings.nextResponse());
    }
}
