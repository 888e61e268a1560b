package com.firstline.team;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * When a request's session cookie was issued. Sessions live in an encrypted cookie with no state on
 * the server, so ending a member's sessions means refusing the cookies issued before a moment.
 * <p>
 * The cookie holds {@code expiry:member}, sealed with AES-GCM under the SHA-256 of the session key,
 * as Quarkus's {@code PersistentLoginManager} writes it (it exposes no times, hence this reader). A
 * cookie is issued, or renewed, with an expiry of its time plus the session timeout, so that time is
 * the expiry less the timeout. {@code TeamGovernanceTest} fails if the format ever changes.
 */
@ApplicationScoped
public class SessionCookie {

    static final String CIPHER = "AES/GCM/NoPadding";
    static final int TAG_BITS = 128;

    @ConfigProperty(name = SessionKeySource.KEY)
    Optional<String> key;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;

    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration timeout;

    /** Derived from the session key once, not on every request. */
    private volatile SecretKey secret;

    /** The cookie's issue time; empty when the request has none, or one that cannot be read. */
    public Optional<Instant> issuedAt(RoutingContext http) {
        Cookie cookie = http == null ? null : http.request().getCookie(cookieName);
        return cookie == null ? Optional.empty() : expiryOf(cookie.getValue()).map(expiry -> expiry.minus(timeout));
    }

    /** When a sealed cookie value stops signing its member in; empty when it cannot be read. */
    Optional<Instant> expiryOf(String sealedValue) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            ByteBuffer sealed = ByteBuffer.wrap(Base64.getDecoder().decode(sealedValue));
            byte[] iv = new byte[sealed.get()];
            sealed.get(iv);
            byte[] content = new byte[sealed.remaining()];
            sealed.get(content);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, secret(), new GCMParameterSpec(TAG_BITS, iv));
            String value = new String(cipher.doFinal(content), StandardCharsets.UTF_8);
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value.substring(0, value.indexOf(':')))));
        } catch (GeneralSecurityException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private SecretKey secret() throws GeneralSecurityException {
        if (secret == null) {
            secret = secretOf(key.orElseThrow());
        }
        return secret;
    }

    /** The AES key Quarkus derives from the configured session key. */
    static SecretKey secretOf(String sessionKey) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionKey.getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(digest, "AES");
    }
}
