package com.firstline.team;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/** Admins issue API tokens for scripts, each with a role, and revoke them. A token's secret is shown once. */
@RolesAllowed(Role.ADMIN_CODE)
@Path("/api/admin/tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityIdentity identity;

    public record NewToken(@NotBlank @Pattern(regexp = "[a-z0-9._-]{2,50}") String name, @NotNull Role role) {
    }

    /** A token as listed; {@code secret} only in the answer that issues it. */
    public record Token(long id, String name, String role, String createdBy, Instant createdAt, Instant revokedAt,
                        String secret) {
        static Token of(ApiToken t, String secret) {
            return new Token(t.id, t.name, t.role, t.createdBy, t.createdAt, t.revokedAt, secret);
        }
    }

    @GET
    public List<Token> list() {
        return tokens.all().stream().map(t -> Token.of(t, null)).toList();
    }

    @POST
    public Response issue(@NotNull @Valid NewToken token) {
        ApiTokens.Issued issued = tokens.issue(admin(), token.name(), token.role());
        return Response.status(201).entity(Token.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    public Token revoke(@PathParam("id") long id) {
        return Token.of(tokens.revoke(admin(), id), null);
    }

    private String admin() {
        return identity.getPrincipal().getName();
    }
}
