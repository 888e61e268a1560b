package com.firstline.autopilot;

import com.firstline.team.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.HashMap;
import java.util.Map;

/**
 * Admins read and change the autopilot policy. Changes are stored as overrides of
 * application.properties (a null or empty value goes back to the configured one).
 */
@RolesAllowed(Role.ADMIN_CODE)
@Path("/api/admin/autopilot")
@Produces(MediaType.APPLICATION_JSON)
public class AutopilotAdminResource {

    @Inject
    PolicyStore policies;

    @Inject
    SecurityIdentity identity;

    /** The policy in force, the configured values and the admins' overrides of them. */
    public record PolicyView(Policy policy, Map<String, String> configured, Map<String, String> overrides) {
    }

    @GET
    public PolicyView get() {
        return new PolicyView(policies.current(), policies.configured(), policies.overrides());
    }

    /** {"mode": "LIVE", "intent.BAGGAGE.threshold": "0.7", "kill-switch": "true", "hours": null} */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyView change(@NotNull Map<String, String> changes) {
        policies.override(changes, identity.getPrincipal().getName());
        return get();
    }

    /** Removes every override: the policy in application.properties applies again. */
    @DELETE
    public PolicyView reset() {
        policies.override(policies.overrides().keySet().stream()
                .collect(HashMap::new, (m, name) -> m.put(name, null), HashMap::putAll), identity.getPrincipal().getName());
        return get();
    }
}
