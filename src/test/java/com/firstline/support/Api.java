package com.firstline.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the API as the agent "dana" (seeded by the test profile). A test signs in as
 * someone else with {@link #as}, or as nobody with {@link #anonymous}.
 */
public final class Api {

    public static final String AGENT = "dana";
    public static final String PASSWORD = "dana-pass";

    private Api() {
    }

    public static RequestSpecification given() {
        return as(AGENT, PASSWORD);
    }

    /** JSON unless the test says otherwise: the API refuses the form content type RestAssured would send. */
    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password).contentType("application/json");
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
