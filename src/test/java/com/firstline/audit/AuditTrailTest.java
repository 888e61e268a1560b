package com.firstline.audit;

import com.firstline.support.Api;
import com.firstline.support.Autopilots;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;

/** Admin actions are audited with who, before and after, and supervisors read the trail. */
@QuarkusTest
class AuditTrailTest {

    @AfterEach
    void autopilotBack() {
        Autopilots.reset();
    }

    @Test
    void adminActionsAreAuditedAndSupervisorsReadThemFiltered() {
        Autopilots.policy(Map.of("kill-switch", "true"));
        String member = "audited" + System.nanoTime() % 100000;
        Api.as("admin", "admin-pass").contentType("application/json")
                .body(Map.of("username", member, "password", "a-long-enough-password", "role", "AGENT"))
                .post("/api/admin/team").then().statusCode(201);
        Api.as("admin", "admin-pass").post("/api/admin/knowledge/reindex").then().statusCode(200);

        var sue = Api.as(Autopilots.SUPERVISOR, Autopilots.SUPERVISOR_PASSWORD);
        sue.queryParam("action", "AUTOPILOT_CHANGED").get("/api/audit").then().statusCode(200)
                .body("[0].actor", is("admin")).body("[0].detail", containsString("kill-switch: false → true"));
        Api.as(Autopilots.SUPERVISOR, Autopilots.SUPERVISOR_PASSWORD).queryParam("action", "TEAM_MEMBER_ADDED")
                .get("/api/audit").then().body("detail", hasItem(member + ": none → agent"));
        Api.as(Autopilots.SUPERVISOR, Autopilots.SUPERVISOR_PASSWORD).queryParam("actor", "admin")
                .get("/api/audit").then().body("action", hasItems("AUTOPILOT_CHANGED", "KNOWLEDGE_REINDEXED"))
                .body("actor", everyItem(is("admin")));
        Api.as(Autopilots.SUPERVISOR, Autopilots.SUPERVISOR_PASSWORD).queryParam("action", "TEAM_MEMBER_ADDED")
                .get("/audit").then().statusCode(200).body(containsString(member + ": none → agent"));
        given().get("/api/audit").then().statusCode(403);
    }
}
