package com.firstline.team;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaTrustedIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;

/**
 * A session cookie names its member; when that member is no longer on the team, is disabled, or had
 * their sessions ended after the cookie was issued ({@link MemberStanding}), the cookie signs
 * nobody in. It is then removed from the browser, so the sign-in page can show (before, every page
 * sent the browser back to the sign-in page with the cookie, for ever), and the API answers 401.
 */
@ApplicationScoped
public class KnownMemberSession implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    JpaTrustedIdentityProvider members;

    @Inject
    MemberStanding standing;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Asked before the team's store of members. */
    @Override
    public int priority() {
        return members.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String member = request.getPrincipal();
        return members.authenticate(request, context)
                .onItem().transformToUni(identity -> context.runBlocking(() -> {
                    if (!standing.sessionStillValid(member, http)) {
                        throw new AuthenticationFailedException("No session of team member " + member);
                    }
                    return identity;
                }))
                .onFailure(KnownMemberSession::saysTheMemberIsGone).invoke(() -> SignInAnswers.rewrite(http, this::signedOut));
    }

    /**
     * Whether the failure is an answer about the member. A database that cannot be reached says
     * nothing about them: their cookie stays, and works again once the database is back (a crash
     * of the database once signed a whole shift out).
     */
    private static boolean saysTheMemberIsGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof PersistenceException) {
                return false;
            }
        }
        return true;
    }

    /** The cookie of a member who is gone is removed; the API says 401 rather than sending to the sign-in page. */
    private void signedOut(RoutingContext http) {
        http.response().headers().add(HttpHeaders.SET_COOKIE, cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        if (http.request().path().startsWith("/api/")) {
            http.response().setStatusCode(401).setStatusMessage("Unauthorized").headers().remove(HttpHeaders.LOCATION);
        }
    }
}
