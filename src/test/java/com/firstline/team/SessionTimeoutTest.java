package com.firstline.team;

import com.firstline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * A browser session ends after quarkus.http.auth.form.timeout without a request, and not while
 * the agent keeps working. The session lives in its cookie, which carries its own expiry (issue
 * or last renewal + the timeout), so an idle time is tested by moving that expiry back, sealed
 * under the session key exactly as Quarkus seals it, rather than by waiting half an hour.
 */
@QuarkusTest
class SessionTimeoutTest {

    private static final String COOKIE = "quarkus-credential";

    @Inject
    SessionCookie sessions;

    @Test
    void aSessionExpiresTheConfiguredIdleTimeAfterItsLastRequest() {
        Duration timeout = configured("quarkus.http.auth.form.timeout", Duration.class);
        Instant before = Instant.now();
        String cookie = signIn("dana", "dana-pass");
        Instant expiry = sessions.expiryOf(cookie).orElseThrow();
        assertThat(expiry, both(greaterThanOrEqualTo(before.plus(timeout).minusSeconds(1)))
                .and(lessThanOrEqualTo(Instant.now().plus(timeout).plusSeconds(1))));

        // The same session after a minute more than the timeout without a request.
        String idle = seal(expiry.minus(timeout).minusSeconds(60), "dana");
        withCookie(idle).get("/api/drafts").then().statusCode(401);
        withCookie(idle).redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", endsWith("/login.html"));
    }

    @Test
    void aRequestBeforeTheTimeoutRenewsTheSession() {
        Duration timeout = configured("quarkus.http.auth.form.timeout", Duration.class);
        Duration renewAfter = configured("quarkus.http.auth.form.new-cookie-interval", Duration.class);
        Instant expiry = sessions.expiryOf(signIn("dana", "dana-pass")).orElseThrow();

        // The same session a minute before it would end: still signed in, and renewed for a whole timeout.
        Duration idleFor = timeout.minusMinutes(1);
        assertThat(idleFor, greaterThan(renewAfter));
        Instant renewedFrom = Instant.now();
        Response used = withCookie(seal(expiry.minus(idleFor), "dana")).get("/api/drafts");
        used.then().statusCode(200);
        Instant renewed = sessions.expiryOf(used.getCookie(COOKIE)).orElseThrow();
        assertThat(renewed, greaterThanOrEqualTo(renewedFrom.plus(timeout).minusSeconds(1)));
    }

    private static String signIn(String member, String password) {
        return Api.anonymous().redirects().follow(false).formParam("j_username", member).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie(COOKIE);
    }

    private static RequestSpecification withCookie(String cookie) {
        return Api.anonymous().cookie(COOKIE, cookie);
    }

    /** A session cookie as Quarkus's PersistentLoginManager writes it: {@code expiry:member}, AES-GCM. */
    private static String seal(Instant expiry, String member) {
        try {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance(SessionCookie.CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, SessionCookie.secretOf(configured(SessionKeySource.KEY, String.class)),
                    new GCMParameterSpec(SessionCookie.TAG_BITS, iv));
            byte[] content = cipher.doFinal((expiry.toEpochMilli() + ":" + member).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + iv.length + content.length)
                    .put((byte) iv.length).put(iv).put(content).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T configured(String key, Class<T> type) {
        return ConfigProvider.getConfig().getValue(key, type);
    }
}
