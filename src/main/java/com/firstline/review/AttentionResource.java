package com.firstline.review;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The header's counts: escalations, cases assigned to you, failed replies. Polled by every page. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/attention")
@Produces(MediaType.APPLICATION_JSON)
public class AttentionResource {

    @Inject
    Attention attention;

    @GET
    public Attention.Counts counts() {
        return attention.counts();
    }
}
