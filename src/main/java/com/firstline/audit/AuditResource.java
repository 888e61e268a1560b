package com.firstline.audit;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/** The audit trail, newest first, for supervisors: every decision with who, when, and the text before and after. */
@RolesAllowed(Role.SUPERVISOR_CODE)
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @GET
    public List<AuditEvent> recent(@QueryParam("actor") String actor,
                                   @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(5000) int limit) {
        var query = actor == null ? AuditEvent.<AuditEvent>find("order by occurredAt desc, id desc")
                : AuditEvent.<AuditEvent>find("actor = ?1 order by occurredAt desc, id desc", actor);
        return query.page(0, limit).list();
    }
}
