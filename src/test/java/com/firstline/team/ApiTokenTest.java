package com.firstline.team;

import com.firstline.support.Api;
import com.firstline.support.Posts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Scripts sign in with tokens an admin issued, each with its role, until the admin revokes them. */
@QuarkusTest
class ApiTokenTest {

    @Test
    void aTokenActsWithItsRoleUntilRevoked() {
        String name = "script" + System.nanoTime() % 1_000_000;
        var issued = Api.as("admin", "admin-pass").body(Map.of("name", name, "role", "AGENT"))
                .post("/api/admin/tokens").then().statusCode(201).body("role", is("agent"))
                .body("secret", startsWith("fl_")).extract();
        String secret = issued.path("secret");
        int id = issued.path("id");

        bearer(secret).get("/api/drafts").then().statusCode(200);
        bearer(secret).get("/api/admin/team").then().statusCode(403);
        long caseId = Posts.send(Posts.post(Posts.newId(), "@LumenAir is LU 9 on time today?"));
        bearer(secret).post("/api/cases/{id}/claim", caseId).then().statusCode(200).body("claimedBy", is("token:" + name));

        Api.as("admin", "admin-pass").get("/api/admin/tokens").then()
                .body("find { it.id == " + id + " }.name", is(name))
                .body("secret", everyItem(nullValue())).body(not(containsString(secret)));
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById((long) id).tokenHash);
        assertFalse(stored.contains(secret.substring(3)), "only a hash of the token is kept");
        assertEquals(64, stored.length());

        Api.as("admin", "admin-pass").delete("/api/admin/tokens/{id}", id).then().statusCode(200)
                .body("revokedAt", notNullValue());
        bearer(secret).get("/api/drafts").then().statusCode(401);
        Api.as("sue", "sue-pass").queryParam("actor", "admin").get("/api/audit").then()
                .body("detail", hasItems("token:" + name + ": none → agent", "token:" + name + ": agent → revoked"));
    }

    @Test
    void anUnknownTokenIsRefusedAndOnlyAdminsIssueTokens() {
        bearer("fl_not-a-token-anyone-issued").get("/api/drafts").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""));
        Api.anonymous().get("/api/drafts").then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"));
        bearer("").get("/api/drafts").then().statusCode(401);
        Api.as("sue", "sue-pass").body(Map.of("name", "mine", "role", "ADMIN")).post("/api/admin/tokens")
                .then().statusCode(403);
        Api.as("admin", "admin-pass").body(Map.of("name", "Bad Name!", "role", "AGENT")).post("/api/admin/tokens")
                .then().statusCode(400);
    }

    private static RequestSpecification bearer(String secret) {
        return Api.anonymous().header("Authorization", "Bearer " + secret).contentType("application/json");
    }
}
