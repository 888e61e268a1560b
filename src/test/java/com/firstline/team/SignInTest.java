package com.firstline.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.firstline.support.Api;
import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Such a path was never answered: writing the sign-in redirect's cookie failed on the ';'. */
    @Test
    void aPathWithASemicolonIsRefusedAtOnce() {
        var quick = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 1000).setParam("http.connection.timeout", 1000));
        for (String path : new String[] {"/a;b", "/api/drafts;x=1", "/login.html;jsessionid=1"}) {
            Api.anonymous().config(quick).urlEncodingEnabled(false).redirects().follow(false).get(path).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (var answer : List.of(Api.anonymous().get("/login.html"), Api.as("dana", "dana-pass").get("/"),
                Api.as("dana", "dana-pass").get("/api/drafts"), Api.anonymous().get("/api/drafts"))) {
            answer.then().header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                            containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline"))))
                    .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin").header("Cache-Control", "no-store");
        }
        Api.anonymous().get("/login.html").then().body(not(containsString("<script>")));
    }

    /**
     * Past the member's allowance, attempts are refused with 429 before the password is checked.
     * The address has failed fewer times than its own allowance, so the member's lock alone
     * refuses the right password: it would from any address. After the wait it is let in.
     */
    @Test
    void repeatedWrongPasswordsLockTheMemberOutUntilTheWaitIsOver() {
        String member = "guessed" + System.nanoTime() % 100000;
        Api.as("admin", "admin-pass").contentType("application/json")
                .body(Map.of("username", member, "password", "the-right-password", "role", "AGENT"))
                .post("/api/admin/team").then().statusCode(201);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(Api.as(member, "guess-" + i).get("/api/drafts").statusCode());
        }
        assertEquals(List.of(401, 401, 401, 401, 401, 401), answers.subList(0, 6), "the allowance, then the first lock-out");
        assertTrue(answers.subList(6, 20).stream().filter(a -> a == 429).count() >= 10, "mostly 429 after: " + answers);

        var refused = Api.as(member, "the-right-password").get("/api/drafts");
        refused.then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
        long wait = Long.parseLong(refused.header("Retry-After"));
        await().atMost(Duration.ofSeconds(wait + 5)).pollInterval(Duration.ofMillis(500)).until(() ->
                Api.as(member, "the-right-password").get("/api/drafts").statusCode() == 200);
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
    void signingOutRemovesTheSessionCookie() {
        CookieFilter browser = new CookieFilter();
        Api.anonymous().filter(browser).redirects().follow(false).formParam("j_username", "ben")
                .formParam("j_password", "ben-pass").post("/j_security_check").then().statusCode(302);
        Api.anonymous().filter(browser).get("/api/drafts").then().statusCode(200);
        Api.anonymous().filter(browser).redirects().follow(false).contentType("application/json").post("/api/sign-out")
                .then().statusCode(204);
        Api.anonymous().filter(browser).get("/api/drafts").then().statusCode(401);
        Api.as("dana", "dana-pass").get("/").then().body(containsString("action=\"/api/sign-out\""));
    }

    /** A session that outlived its member: the cookie is dropped, the API answers 401, the sign-in page shows. */
    @Test
    void theCookieOfAMemberWhoIsGoneSignsNobodyIn() {
        String member = "gone" + System.nanoTime() % 100000;
        Api.as("admin", "admin-pass").contentType("application/json")
                .body(Map.of("username", member, "password", "a-long-enough-password", "role", "AGENT"))
                .post("/api/admin/team").then().statusCode(201);
        CookieFilter browser = new CookieFilter();
        Api.anonymous().filter(browser).redirects().follow(false).formParam("j_username", member)
                .formParam("j_password", "a-long-enough-password").post("/j_security_check").then().statusCode(302);
        QuarkusTransaction.requiringNew().run(() -> TeamMember.delete("username", member));

        Api.anonymous().filter(browser).redirects().follow(false).get("/api/drafts").then().statusCode(401);
        Api.anonymous().filter(browser).redirects().follow(false).get("/login.html").then().statusCode(200);
        Api.anonymous().filter(browser).redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", endsWith("/login.html"));
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
