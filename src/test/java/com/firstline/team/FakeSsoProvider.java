package com.firstline.team;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * A company's OpenID Connect provider, faked at the HTTP level so the real quarkus-oidc client is
 * what is tested: discovery, signing keys, and a token endpoint that hands out an ID token, signed
 * with a key made for the run, for whoever the test says signs in. Its sign-in page is not faked:
 * a test follows the redirect to it by reading the state it was given and coming back with a code.
 */
public class FakeSsoProvider {

    public static final String CLIENT_ID = "firstline-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final KeyPair key = newKey();

    public void start() {
        server.start();
        server.stubFor(get("/realm/.well-known/openid-configuration").willReturn(okJson(json(Map.of(
                "issuer", issuer(),
                "authorization_endpoint", issuer() + "/authorize",
                "token_endpoint", issuer() + "/token",
                "jwks_uri", issuer() + "/jwks",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"))))));
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        server.stubFor(get("/realm/jwks").willReturn(okJson(json(Map.of("keys", List.of(Map.of(
                "kty", "RSA", "kid", "k1", "alg", "RS256", "use", "sig",
                "n", base64(publicKey.getModulus()), "e", base64(publicKey.getPublicExponent()))))))));
    }

    public void stop() {
        server.stop();
    }

    public String issuer() {
        return server.baseUrl() + "/realm";
    }

    /** The next code exchanged at the token endpoint signs in this person, in these groups. */
    public void signsIn(String username, List<String> groups) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new HashMap<>(Map.of("iss", issuer(), "aud", CLIENT_ID, "sub", "sub-" + username,
                "preferred_username", username, "name", "SSO " + username, "groups", groups,
                "iat", now, "exp", now + 600));
        server.stubFor(post("/realm/token").willReturn(okJson(json(Map.of("id_token", sign(claims),
                "access_token", "opaque-" + username, "token_type", "Bearer", "expires_in", 600)))));
    }

    private String sign(Map<String, Object> claims) {
        try {
            String content = base64(json(Map.of("alg", "RS256", "kid", "k1", "typ", "JWT")).getBytes(StandardCharsets.UTF_8))
                    + "." + base64(json(claims).getBytes(StandardCharsets.UTF_8));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int sign = bytes[0] == 0 ? 1 : 0; // an unsigned big-endian number, as JWK wants it
        return base64(Arrays.copyOfRange(bytes, sign, bytes.length));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
