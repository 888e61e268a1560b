package com.firstline.team;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A token that is ours and not revoked signs in as {@code token:<name>}, with the token's role. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenSignIn.Request> {

    @Inject
    ApiTokens tokens;

    @Override
    public Class<ApiTokenSignIn.Request> getRequestType() {
        return ApiTokenSignIn.Request.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenSignIn.Request request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.recognise(request.secret)
                .map(token -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(token.actor())).addRole(token.role).build())
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API token")));
    }
}
