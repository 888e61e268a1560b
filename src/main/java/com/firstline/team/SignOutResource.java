package com.firstline.team;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;


/**
 * Signs the browser out: its session cookie is removed, and the single sign-on's for a member who
 * came through the company's provider (the page then goes to the sign-in page).
 * A POST to the API, so no other site can sign a member out (the cross-site guard covers it).
 */
@Path("/api/sign-out")
@Authenticated
public class SignOutResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession providerSession;

    @POST
    public Response signOut() {
        FormAuthenticationMechanism.logout(identity);
        if (identity.getCredential(IdTokenCredential.class) != null) {
            providerSession.logout().await().indefinitely();
        }
        return Response.noContent().build();
    }
}
