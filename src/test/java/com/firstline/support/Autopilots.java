package com.firstline.support;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Sets the autopilot policy as an admin, and reads its decisions as a supervisor. */
public final class Autopilots {

    public static final String SUPERVISOR = "sue";
    public static final String SUPERVISOR_PASSWORD = "sue-pass";

    private Autopilots() {
    }

    /** Overrides policy settings; every test that turns the autopilot on calls {@link #reset} after. */
    public static void policy(Map<String, String> changes) {
        Api.as("admin", "admin-pass").contentType("application/json").body(changes)
                .put("/api/admin/autopilot").then().statusCode(200);
    }

    /** Live (or shadow) at any hour, with a limit well above what a test sends, answering the text's intent. */
    public static void on(String mode, String sampleText, Map<String, String> more) {
        // "00:00-00:00" is around the clock; an empty value would only remove the override and leave the
        // configured hours (07:00-23:00), so tests run after 23:00 in Lisbon were held.
        Map<String, String> changes = new HashMap<>(Map.of("mode", mode, "hours", "00:00-00:00", "rate-limit-per-hour", "10000",
                "kill-switch", "false"));
        String intent = intentOf(sampleText);
        changes.put("intent." + intent + ".enabled", "true");
        changes.put("intent." + intent + ".threshold", "0");
        changes.putAll(more);
        policy(changes);
    }

    public static void reset() {
        Api.as("admin", "admin-pass").delete("/api/admin/autopilot").then().statusCode(200);
    }

    public static String intentOf(String text) {
        return Api.given().contentType("application/json").body(Map.of("text", text)).post("/api/triage")
                .then().statusCode(200).extract().path("intent");
    }

    public static List<Map<String, Object>> decisions(long caseId) {
        return supervisor().queryParam("caseId", caseId).get("/api/autopilot/decisions").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** Waits for the autopilot's decision on the case's latest draft. */
    public static Map<String, Object> awaitDecision(long caseId, int count) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> decisions(caseId), d -> d.size() >= count).get(0);
    }

    public static JsonPath load() {
        return supervisor().get("/api/autopilot/load").then().statusCode(200).extract().jsonPath();
    }

    public static io.restassured.specification.RequestSpecification supervisor() {
        return Api.as(SUPERVISOR, SUPERVISOR_PASSWORD);
    }
}
