package com.firstline.incident;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Incidents for supervisors: read, edit, redraft, approve once, resolve. */
@RolesAllowed(Role.SUPERVISOR_CODE)
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentWorkflow workflow;

    @GET
    public List<IncidentView> list(@QueryParam("status") IncidentStatus status) {
        return workflow.list(status);
    }

    @GET
    @Path("/{id}")
    public IncidentView get(@PathParam("id") long id) {
        return workflow.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentView edit(@PathParam("id") long id, @Valid IncidentWorkflow.Edit edit) {
        return workflow.edit(id, edit == null ? new IncidentWorkflow.Edit(null, null, null, null, null, null) : edit);
    }

    @POST
    @Path("/{id}/redraft")
    public IncidentView redraft(@PathParam("id") long id) {
        return workflow.redraft(id);
    }

    /** Optionally with last edits: {"holdingText": "...", "broadcastText": "..."}. 409 once approved. */
    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentView approve(@PathParam("id") long id, @Valid IncidentWorkflow.Edit edit) {
        return workflow.approve(id, edit);
    }

    /** Optionally {"followUpText": "..."}. The follow-up goes to every customer who got the holding reply. */
    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentView resolve(@PathParam("id") long id, @Valid IncidentWorkflow.Edit edit) {
        return workflow.resolve(id, edit);
    }
}
