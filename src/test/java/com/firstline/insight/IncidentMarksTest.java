package com.firstline.insight;

import com.firstline.incident.Incident;
import com.firstline.incident.IncidentStatus;
import com.firstline.incident.Spike;
import com.firstline.triage.Intent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Incidents on the dashboard's timeline: opened and resolved, each on its own day of the range's zone. */
@QuarkusTest
class IncidentMarksTest {

    private static void incident(String title, Instant opened, Instant resolved) {
        QuarkusTransaction.requiringNew().run(() -> {
            Incident incident = new Incident();
            incident.title = title;
            incident.status = resolved == null ? IncidentStatus.OPEN : IncidentStatus.RESOLVED;
            incident.kind = Spike.Kind.INTENT;
            incident.intent = Intent.INFLIGHT_ENTERTAINMENT;
            incident.centroid = "0";
            incident.sources = "";
            incident.broadcastText = "";
            incident.holdingText = "";
            incident.followUpText = "";
            incident.warnings = "";
            incident.openedAt = opened;
            incident.firstPostAt = opened;
            incident.draftedAt = opened;
            incident.resolvedAt = resolved;
            incident.persist();
        });
    }

    @Test
    void anIncidentIsMarkedWhereItOpenedAndWhereItWasResolved() {
        // Opened late on 9 June in New York (already 10 June in UTC), resolved on 11 June.
        incident("Wifi down on the A321 fleet", Instant.parse("2024-06-10T02:30:00Z"), Instant.parse("2024-06-11T15:00:00Z"));
        incident("Before the range", Instant.parse("2024-06-01T10:00:00Z"), Instant.parse("2024-06-02T10:00:00Z"));

        JsonPath f = given().queryParam("from", "2024-06-09").queryParam("to", "2024-06-10")
                .queryParam("zone", "America/New_York").get("/api/insight").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> timeline = f.getList("timeline");
        assertEquals(1, timeline.size(), timeline.toString());
        assertEquals("INCIDENT", timeline.get(0).get("kind"));
        assertEquals("2024-06-09", timeline.get(0).get("day"));
        assertEquals("Incident opened: Wifi down on the A321 fleet", timeline.get(0).get("label"));

        JsonPath later = given().queryParam("from", "2024-06-11").queryParam("to", "2024-06-11")
                .queryParam("zone", "UTC").get("/api/insight").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("INCIDENT_RESOLVED"), later.getList("timeline.kind"));
    }
}
