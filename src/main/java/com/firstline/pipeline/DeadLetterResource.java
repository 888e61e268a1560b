package com.firstline.pipeline;

import com.firstline.audit.AuditLog;
import com.firstline.team.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Admins inspect the records the pipeline could not act on, and replay one once its cause is fixed. */
@RolesAllowed(Role.ADMIN_CODE)
@Path("/api/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    @GET
    public List<DeadLetter> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return deadLetters.list(Math.max(1, Math.min(limit, 1000)));
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    public DeadLetter replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
                             @PathParam("offset") long offset) {
        DeadLetter replayed = deadLetters.replay(topic, partition, offset);
        QuarkusTransaction.requiringNew().run(() -> audit.record(identity.getPrincipal().getName(),
                "DEAD_LETTER_REPLAYED", null, null, topic + "/" + partition + "/" + offset));
        return replayed;
    }
}
