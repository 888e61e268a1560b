package com.firstline.review;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The workspace's timings; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.review")
public interface ReviewSettings {

    /** How long a claim keeps other agents off a case. */
    Duration claimLasts();

    /** How long a member counts as viewing a case after their page last said so. */
    Duration presenceLasts();
}
