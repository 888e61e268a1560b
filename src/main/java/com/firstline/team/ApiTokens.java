package com.firstline.team;

import com.firstline.audit.AuditLog;
import com.firstline.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues, revokes and recognises API tokens. A token is 256 random bits, shown once when issued;
 * only its SHA-256 is stored, and a call is checked by looking that hash up (no bcrypt per call:
 * a token, unlike a password, cannot be guessed from a dictionary). Issuing and revoking are audited.
 */
@ApplicationScoped
public class ApiTokens {

    /** Marks Firstline's tokens, so a leaked one is recognisable (secret scanners look for prefixes). */
    static final String PREFIX = "fl_";

    private final SecureRandom random = new SecureRandom();

    @Inject
    AuditLog audit;

    /** A token just issued: the secret itself, which is never stored or shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    public List<ApiToken> all() {
        return ApiToken.list("order by createdAt desc, id desc");
    }

    @Transactional
    public Issued issue(String admin, String name, Role role) {
        if (ApiToken.count("name = ?1 and revokedAt is null", name) > 0) {
            throw ProblemException.conflict("There is already a token named " + name);
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        ApiToken token = new ApiToken();
        token.name = name;
        token.tokenHash = hash(secret);
        token.role = role.code();
        token.createdBy = admin;
        token.createdAt = Instant.now();
        token.persist();
        audit.record(admin, "API_TOKEN_ISSUED", null, null, token.actor() + ": none → " + token.role);
        return new Issued(token, secret);
    }

    @Transactional
    public ApiToken revoke(String admin, long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No API token " + id));
        if (!token.revoked()) {
            token.revokedAt = Instant.now();
            token.revokedBy = admin;
            audit.record(admin, "API_TOKEN_REVOKED", null, null, token.actor() + ": " + token.role + " → revoked");
        }
        return token;
    }

    /** The token a caller presents, when it is one of ours and not revoked. Blocking. */
    public Optional<ApiToken> recognise(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.findUsable(hash));
    }

    private static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}
