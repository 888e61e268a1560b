package com.firstline.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Whether a member may still be signed in, asked on every sign-in, whatever its way: a disabled
 * member is refused everywhere, and a session cookie issued before the member's sessions were ended
 * no longer signs anyone in. Blocking: it reads the team table.
 */
@ApplicationScoped
public class MemberStanding {

    @Inject
    SessionCookie sessions;

    /** A sign-in with the member's password (the form or HTTP Basic). */
    public boolean mayUsePassword(String username) {
        return QuarkusTransaction.requiringNew().call(() -> TeamMember.findByUsername(username)
                .map(member -> !member.disabled()).orElse(false));
    }

    /** A request carrying the member's session cookie. An unreadable time counts as the oldest. */
    public boolean sessionStillValid(String username, RoutingContext http) {
        Instant issuedAt = sessions.issuedAt(http).orElse(Instant.EPOCH);
        return QuarkusTransaction.requiringNew().call(() -> TeamMember.findByUsername(username)
                .map(member -> member.acceptsSessionIssuedAt(issuedAt)).orElse(false));
    }
}
