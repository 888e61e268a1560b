package com.firstline.audit;

import com.firstline.team.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The audit trail page for supervisors: the latest 500 entries, filtered by who and what. */
@RolesAllowed(Role.SUPERVISOR_CODE)
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @Inject
    AuditTrail trail;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditTrail.Entry> entries, AuditTrail.Filter filter, List<String> actions);
    }

    @GET
    public TemplateInstance page(@QueryParam("actor") String actor, @QueryParam("action") String action) {
        AuditTrail.Filter filter = new AuditTrail.Filter(actor, action, null, null);
        return Templates.audit(trail.read(filter, 500), filter, trail.actions());
    }
}
