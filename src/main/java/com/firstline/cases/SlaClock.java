package com.firstline.cases;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The first-response deadline of a new case: the target counted from the customer's first post,
 * in business hours when they are configured (firstline.sla.business-hours), else around the clock.
 */
@ApplicationScoped
public class SlaClock {

    @ConfigProperty(name = "firstline.sla.first-response")
    Duration firstResponse;

    @ConfigProperty(name = "firstline.sla.business-hours")
    Optional<String> businessHours;

    @ConfigProperty(name = "firstline.sla.business-days")
    String businessDays;

    @ConfigProperty(name = "firstline.sla.time-zone")
    String timeZone;

    private BusinessHours hours;

    @PostConstruct
    void readHours() {
        hours = businessHours.map(h -> BusinessHours.parse(h, businessDays, timeZone)).orElse(BusinessHours.ALWAYS);
    }

    public Instant firstResponseDue(Instant firstPostAt) {
        return hours.deadline(firstPostAt, firstResponse);
    }
}
