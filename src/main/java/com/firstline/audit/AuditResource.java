package com.firstline.audit;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail for supervisors as JSON, newest first, filtered by actor, action and time
 * ({@code from}, {@code to}: ISO instants). The {@link AuditPage} shows the same.
 */
@RolesAllowed(Role.SUPERVISOR_CODE)
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    public List<AuditTrail.Entry> read(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                       @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                       @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(2000) int limit) {
        return trail.read(new AuditTrail.Filter(actor, action, from, to), limit);
    }
}
