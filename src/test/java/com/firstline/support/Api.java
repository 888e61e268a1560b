package com.firstline.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the API as the agent "dana" (seeded by the test profile). A test signs in as
 * someone else with {@code .auth().preemptive().basic(...)}, or as nobody with {@code .auth().none()}.
 */
public final class Api {

    public static final String AGENT = "dana";
    public static final String PASSWORD = "dana-pass";

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().auth().preemptive().basic(AGENT, PASSWORD);
    }
}
