package com.firstline.incident;

import com.firstline.team.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Incidents for supervisors: the list, and one incident with its drafts to edit, approve and resolve. */
@RolesAllowed(Role.SUPERVISOR_CODE)
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
public class IncidentPage {

    @Inject
    IncidentWorkflow workflow;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance incidents(List<IncidentView> incidents);

        static native TemplateInstance incident(IncidentView incident);
    }

    @GET
    public TemplateInstance list() {
        return Templates.incidents(workflow.list(null));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.incident(workflow.get(id));
    }
}
