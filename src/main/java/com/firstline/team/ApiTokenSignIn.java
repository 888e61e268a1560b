package com.firstline.team;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Signs in a script or an integration by its API token: {@code Authorization: Bearer fl_...}.
 * {@link ApiTokenIdentityProvider} checks the token. A refused token is answered with a Bearer
 * challenge; a request without one is left to the form sign-in and {@link ApiSignInChallenge}.
 */
@ApplicationScoped
public class ApiTokenSignIn implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    /** A presented token, to be checked. */
    public static final class Request extends BaseAuthenticationRequest {
        final String secret;

        Request(String secret) {
            this.secret = secret;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!presentsToken(context)) {
            return Uni.createFrom().nullItem();
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        Request request = new Request(authorization.substring(BEARER.length()).trim());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!presentsToken(context)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    /** Asked before the other sign-ins (HTTP Basic is at 2000), so a refused token gets its own challenge. */
    @Override
    public int getPriority() {
        return BasicAuthenticationMechanism.PRIORITY + 100;
    }

    private static boolean presentsToken(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }
}
