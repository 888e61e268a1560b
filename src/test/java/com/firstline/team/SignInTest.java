package com.firstline.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nobody without a sign-in sees or decides anything; health stays open for the load balancer. */
@QuarkusTest
class SignInTest {

    @Test
    void theApiAndThePagesNeedASignIn() {
        given().auth().none().get("/api/drafts").then().statusCode(anyOf(is(401), is(302)));
        given().auth().none().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", endsWith("/login.html"));
        given().auth().none().contentType("application/json").body("{}").post("/api/drafts/1/approve")
                .then().statusCode(anyOf(is(401), is(302)));
    }

    @Test
    void healthIsOpen() {
        given().auth().none().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        given().auth().preemptive().basic("dana", "not-her-password").get("/api/drafts").then().statusCode(401);
    }

    @Test
    void theLoginFormStartsASessionThatOpensTheQueue() {
        CookieFilter session = new CookieFilter();
        given().auth().none().filter(session).redirects().follow(false)
                .formParam("j_username", "dana").formParam("j_password", "dana-pass")
                .post("/j_security_check").then().statusCode(302);
        given().auth().none().filter(session).get("/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("drafts waiting"));
        given().auth().none().filter(session).get("/api/drafts").then().statusCode(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = QuarkusTransaction.requiringNew().call(() -> TeamMember.findByUsername("dana").orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2a$") || hash.startsWith("$2b$"), hash);
        assertTrue(!hash.contains("dana-pass"));
    }

    @Test
    void theFirstAdminComesFromConfiguration() {
        given().auth().preemptive().basic("admin", "firstline-demo").get("/api/drafts").then().statusCode(200);
    }
}
