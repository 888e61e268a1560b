package com.firstline.team;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Map;

/**
 * Single sign-on. {@code /sso/login} is reached only through the provider's sign-in (its path takes
 * the OpenID Connect code flow alone); once there, the member goes on to the queue. The sign-in page
 * asks {@code /sign-in/options} whether to offer it.
 */
@Path("/")
public class SsoResource {

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean enabled;

    @GET
    @Path("sso/login")
    @Authenticated
    public Response signedIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    /** Public: what the sign-in page may offer. */
    @GET
    @Path("sign-in/options")
    public Map<String, Boolean> options() {
        return Map.of("sso", enabled);
    }
}
