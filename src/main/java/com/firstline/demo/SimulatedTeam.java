package com.firstline.demo;

import com.firstline.team.Role;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Lets the simulated history act through the real review service as a named team member, the
 * way a signed-in request would: a request context with that member's identity and roles.
 */
@ApplicationScoped
class SimulatedTeam {

    @Inject
    CurrentIdentityAssociation identities;

    <T> T as(String name, Role role, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean ownContext = !requestContext.isActive();
        if (ownContext) {
            requestContext.activate();
        }
        try {
            var identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name));
            // Each role brings the ones below it, as for members who sign in.
            Arrays.stream(Role.values()).filter(r -> r.ordinal() <= role.ordinal()).forEach(r -> identity.addRole(r.code()));
            identities.setIdentity(identity.build());
            return work.get();
        } finally {
            if (ownContext) {
                requestContext.terminate();
            }
        }
    }
}
