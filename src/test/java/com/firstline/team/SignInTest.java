package com.firstline.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;

import com.firstline.support.Api;
import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nobody without a sign-in sees or decides anything; health stays open for the load balancer. */
@QuarkusTest
class SignInTest {

    @Test
    void theApiAndThePagesNeedASignIn() {
        Api.anonymous().redirects().follow(false).get("/api/drafts").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
        Api.anonymous().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", endsWith("/login.html"));
        Api.anonymous().redirects().follow(false).contentType("application/json").body("{}").post("/api/drafts/1/approve")
                .then().statusCode(401);
        Api.anonymous().redirects().follow(false).get("/q/metrics").then().statusCode(anyOf(is(401), is(302)));
    }

    @Test
    void healthIsOpen() {
        Api.anonymous().get("/q/health").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Api.as("dana", "not-her-password").get("/api/drafts").then().statusCode(401);
    }

    @Test
    void theLoginFormStartsASessionThatOpensTheQueue() {
        CookieFilter session = new CookieFilter();
        Api.anonymous().filter(session).redirects().follow(false)
                .formParam("j_username", "dana").formParam("j_password", "dana-pass")
                .post("/j_security_check").then().statusCode(302);
        Api.anonymous().filter(session).get("/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("highest priority first"));
        Api.anonymous().filter(session).get("/api/drafts").then().statusCode(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = QuarkusTransaction.requiringNew().call(() -> TeamMember.findByUsername("dana").orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2a$") || hash.startsWith("$2b$"), hash);
        assertTrue(!hash.contains("dana-pass"));
    }

    @Test
    void theFirstAdminComesFromConfiguration() {
        Api.as("admin", "admin-pass").get("/api/drafts").then().statusCode(200);
    }
}
