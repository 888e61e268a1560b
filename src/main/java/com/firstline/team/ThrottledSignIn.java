package com.firstline.team;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every password sign-in (the form and HTTP Basic) passes the {@link SignInThrottle} first: a
 * locked-out member or address is refused with 429 and {@code Retry-After}, before the password is
 * checked; otherwise the team's password store (security-jpa) decides, and the outcome is counted.
 * A right password of a disabled member signs nobody in.
 */
@ApplicationScoped
public class ThrottledSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    JpaIdentityProvider passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    MemberStanding standing;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Asked before the password store. */
    @Override
    public int priority() {
        return passwords.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String member = request.getUsername();
        String address = http == null ? "" : http.request().remoteAddress().hostAddress();
        Optional<Duration> wait = throttle.lockedOut(member, address);
        if (wait.isPresent()) {
            SignInAnswers.rewrite(http, tooManyAttempts(wait.get()));
            return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed sign-ins; wait "
                    + wait.get().toSeconds() + " s"));
        }
        return passwords.authenticate(request, context).onItemOrFailure().invoke((identity, failure) -> {
            if (failure == null && identity != null) {
                throttle.succeeded(member, address);
            } else {
                throttle.failed(member, address);
            }
        }).onItem().transformToUni(identity -> context.runBlocking(() -> {
            if (!standing.mayUsePassword(member)) {
                throw new AuthenticationFailedException("Team member " + member + " is disabled");
            }
            return identity;
        }));
    }

    /** A refused attempt is answered 429 with Retry-After, whatever the sign-in would have answered. */
    private static Consumer<RoutingContext> tooManyAttempts(Duration wait) {
        return http -> http.response().setStatusCode(429).setStatusMessage("Too Many Requests").headers()
                .set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)))
                .remove(HttpHeaders.LOCATION).remove("WWW-Authenticate");
    }
}
