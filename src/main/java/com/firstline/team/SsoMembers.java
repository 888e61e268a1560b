package com.firstline.team;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns someone the company's provider signed in (OpenID Connect) into a team member: the username
 * from {@link SsoSettings#usernameClaim()}, the role from their groups. The first sign-in adds them
 * to the team, later ones keep their role in step with the provider. Like any member, a disabled
 * one is refused, and so is a session older than the member's ended sessions: the member signs in
 * at the provider again. Runs on each request of the provider's session, and on its sign-in.
 */
@ApplicationScoped
public class SsoMembers implements SecurityIdentityAugmentor {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{2,64}");

    @Inject
    SsoSettings settings;

    @Inject
    TeamGovernance team;

    /** Before {@link RoleHierarchy}, which then adds the roles below the member's. */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> member(identity, token));
    }

    private SecurityIdentity member(SecurityIdentity identity, JsonWebToken token) {
        String username = Optional.ofNullable(token.<Object>getClaim(settings.usernameClaim()))
                .map(claim -> claim.toString().replace("\"", "").toLowerCase(Locale.ROOT))
                .filter(name -> USERNAME.matcher(name).matches())
                .orElseThrow(() -> new ForbiddenException("The provider's " + settings.usernameClaim()
                        + " claim is not a usable username"));
        Role role = identity.getRoles().stream().map(group -> settings.roles().get(group))
                .filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElseThrow(() -> new ForbiddenException(username + " is in no group that has a Firstline role"));
        TeamMember member = team.signedInBySso(username, role, Optional.ofNullable(token.<Object>getClaim("name"))
                .map(Object::toString).orElse(username));
        if (member.disabled()) {
            throw new ForbiddenException("Team member " + username + " is disabled");
        }
        // A token's time has whole seconds: one from the second the sessions were ended counts as
        // before it, and the provider's next sign-in, a moment later, is let in.
        if (!member.acceptsSessionIssuedAt(Instant.ofEpochSecond(token.getIssuedAtTime()))) {
            throw new AuthenticationFailedException("The sessions of " + username + " were ended; sign in again");
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRole(role.code())
                .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes()).build();
    }
}
