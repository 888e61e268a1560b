package com.firstline.team;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Signs the browser out: its session cookie is removed and it goes back to the sign-in page. A
 * POST, so no other site can sign a member out with a link (the cross-site guard covers it).
 */
@Path("/sign-out")
@Authenticated
public class SignOutResource {

    @Inject
    SecurityIdentity identity;

    @POST
    public Response signOut() {
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login.html")).build();
    }
}
