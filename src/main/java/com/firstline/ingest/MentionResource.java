package com.firstline.ingest;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** HTTP intake: posts in X API v2 shape. Sending the same post again is harmless. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/mentions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MentionResource {

    public static final String PLATFORM = "x";

    @Inject
    IntakeService intake;

    @POST
    public Response receive(@NotNull(message = "a post is required") @Valid MentionPayload payload) {
        IntakeResult result = intake.receive(PLATFORM, payload);
        if (result.created()) {
            return Response.created(URI.create("/api/cases/" + result.caseId())).entity(result).build();
        }
        return Response.ok(result).build();
    }
}
