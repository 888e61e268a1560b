package com.firstline.x;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * /q/health/ready: DOWN when X mentions have not come in for too long; UP ("disabled") when X is
 * off, and UP ("standby") while another instance holds the poll lease.
 */
@Readiness
@ApplicationScoped
public class XIngestionHealthCheck implements HealthCheck {

    @Inject
    XIngestion ingestion;

    @Override
    public HealthCheckResponse call() {
        ChannelHealth health = ingestion.health();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("x-mentions")
                .status(!health.isDown())
                .withData("state", health.state());
        if (ChannelHealth.DISABLED.equals(health.state()) || ChannelHealth.STANDBY.equals(health.state())) {
            return response.build();
        }
        response.withData("lastSuccessfulPoll", String.valueOf(health.lastSuccessfulPoll()))
                .withData("lagSeconds", health.lag() == null ? -1 : health.lag().toSeconds())
                .withData("consecutiveErrors", health.consecutiveErrors())
                .withData("remainingBudget", health.remainingBudget())
                .withData("nextPollAt", String.valueOf(health.nextPollAt()));
        // The check is public: it names the failing part, and the error's text stays in the log.
        return response.build();
    }
}
