package com.firstline.review;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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

/** Replies X refused for good, newest first, and sending one again (agents). */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/replies")
@Produces(MediaType.APPLICATION_JSON)
public class FailedReplyResource {

    @Inject
    FailedReplies failed;

    @GET
    @Path("/failed")
    public List<FailedReplies.Failed> failed(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return failed.list(limit);
    }

    /** {"text": "..."} to reword it; an empty body sends the same words again. */
    public record Resend(@Size(max = 2000) String text) {
    }

    @POST
    @Path("/{id}/resend")
    @Consumes(MediaType.APPLICATION_JSON)
    public FailedReplies.Failed resend(@PathParam("id") long id, @Valid Resend resend) {
        return failed.resend(id, resend == null ? null : resend.text());
    }
}
