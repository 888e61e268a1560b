package com.firstline.team;

import com.firstline.support.Api;
import com.firstline.support.LlmProfile;
import org.junit.jupiter.api.Tag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.hamcrest.Matchers.endsWith;

/**
 * A browser session ends after quarkus.http.auth.form.timeout without a request, and not while
 * the agent keeps working. Runs in the LLM profile, whose sessions last 3 s.
 */
@QuarkusTest
@Tag("llm")
@TestProfile(LlmProfile.class)
class SessionTimeoutTest {

    private static final Duration TIMEOUT = Duration.parse("PT" + LlmProfile.SHORT_SESSION);

    @Test
    void aSessionLastsWhileUsedAndEndsAfterTheConfiguredIdleTime() throws InterruptedException {
        CookieFilter session = new CookieFilter();
        Api.anonymous().filter(session).redirects().follow(false)
                .formParam("j_username", "dana").formParam("j_password", "dana-pass")
                .post("/j_security_check").then().statusCode(302);

        // Requests closer together than the timeout keep the session alive past it.
        for (int i = 0; i < 5; i++) {
            Thread.sleep(TIMEOUT.toMillis() / 4);
            Api.anonymous().filter(session).get("/api/drafts").then().statusCode(200);
        }

        Thread.sleep(TIMEOUT.toMillis() + 1_000);
        Api.anonymous().filter(session).get("/api/drafts").then().statusCode(401);
        Api.anonymous().filter(session).redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", endsWith("/login.html"));
    }
}
