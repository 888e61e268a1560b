package com.firstline.team;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Answers an API request without a sign-in with 401 and a Basic challenge, where the form sign-in
 * would redirect to the login page: a script or the page's fetch gets a status it can act on.
 * It authenticates nobody itself; the form session and HTTP Basic do that.
 */
@ApplicationScoped
public class ApiSignInChallenge implements HttpAuthenticationMechanism {

    private static final String API = "/api/";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.normalizedPath().startsWith(API)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Firstline\""));
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** Asked before the form sign-in, whose challenge is a redirect. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
