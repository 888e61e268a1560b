package com.firstline.team;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Gives a signed-in member the roles below theirs too, so checks can name the least role needed. */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.code())) {
                for (Role lower : Role.values()) {
                    if (lower.ordinal() < role.ordinal()) {
                        builder.addRole(lower.code());
                    }
                }
            }
        }
        return Uni.createFrom().item(builder.build());
    }
}
