package com.firstline.triage;

import com.firstline.team.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The posts filed as spam, newest first, and taking one back (agents). */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/spam")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SpamResource {

    @Inject
    SpamReview spam;

    @Inject
    SecurityIdentity identity;

    @GET
    public List<SpamReview.FiledAsSpam> recent(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return spam.recent(limit);
    }

    /** Not spam after all: filed under its likeliest other intent, its case open, and drafted. */
    @POST
    @Path("{mentionId}/not-spam")
    public SpamReview.TakenBack notSpam(@PathParam("mentionId") long mentionId) {
        return spam.takeBack(mentionId, identity.getPrincipal().getName());
    }
}
