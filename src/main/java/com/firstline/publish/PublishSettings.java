package com.firstline.publish;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How replies are posted; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.publish")
public interface PublishSettings {

    /** Where approved replies go: local (recorded, never posted) or x. */
    String target();

    /** The wait before a retry when the platform named no time, and before reconciling an unknown send. */
    Duration retryAfter();

    /** How long a worker's claim on a reply lasts; past it, the send counts as unknown. */
    Duration claimLease();

    /** How many times a duplicate-content refusal after an unknown send is looked into before parking it. */
    int duplicateAttempts();
}
