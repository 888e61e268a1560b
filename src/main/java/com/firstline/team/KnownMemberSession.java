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
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A session cookie names its member; when that member is no longer on the team, the cookie signs
 * nobody in. It is then removed from the browser, so the sign-in page can show (before, every page
 * sent the browser back to the sign-in page with the cookie, for ever), and the API answers 401.
 */
@ApplicationScoped
public class KnownMemberSession implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final String GONE = KnownMemberSession.class.getName() + ".gone";
    /** Before the other guards, so the answer is rewritten whatever answers it. */
    private static final int ORDER = -20_003;

    @Inject
    JpaTrustedIdentityProvider members;

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
        return members.authenticate(request, context).onItemOrFailure().transformToUni((identity, failure) -> {
            if (failure == null && identity != null) {
                return Uni.createFrom().item(identity);
            }
            if (http != null) {
                http.put(GONE, Boolean.TRUE);
            }
            return Uni.createFrom().failure(failure != null ? failure
                    : new AuthenticationFailedException("No team member " + request.getPrincipal()));
        });
    }

    /** The cookie of a member who is gone is removed; the API says 401 rather than sending to the sign-in page. */
    void install(@Observes Router router) {
        router.route().order(ORDER).handler(http -> {
            http.addHeadersEndHandler(ignored -> {
                if (http.get(GONE) == null) {
                    return;
                }
                http.response().headers().add(HttpHeaders.SET_COOKIE,
                        cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
                if (http.request().path().startsWith("/api/")) {
                    http.response().setStatusCode(401).setStatusMessage("Unauthorized");
                    http.response().headers().remove(HttpHeaders.LOCATION);
                }
            });
            http.next();
        });
    }
}
