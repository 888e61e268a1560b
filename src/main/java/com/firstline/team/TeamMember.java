package com.firstline.team;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Someone who signs in to Firstline: an agent, a supervisor or an admin. Passwords are stored as bcrypt hashes. */
@Entity
@Table(name = "team_member")
@UserDefinition
public class TeamMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password(PasswordType.MCF)
    public String passwordHash;

    /** One of {@link Role}'s names, lower case, as security checks read it. */
    @Roles
    public String role;

    public String displayName;

    public Instant createdAt;

    /** When an admin disabled the member; a disabled member signs in nowhere until re-enabled. */
    public Instant disabledAt;

    /** Session cookies issued before this are refused: set when an admin ends the member's sessions. */
    public Instant sessionsValidAfter;

    public static Optional<TeamMember> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    /** Whether a session that began at {@code issuedAt} still signs this member in. */
    public boolean acceptsSessionIssuedAt(Instant issuedAt) {
        return !disabled() && (sessionsValidAfter == null || !issuedAt.isBefore(sessionsValidAfter));
    }

    /** Everyone's username, in alphabetical order. */
    public static List<String> usernames() {
        return TeamMember.<TeamMember>list("order by username").stream().map(m -> m.username).toList();
    }

    public static TeamMember create(String username, String password, Role role, String displayName) {
        TeamMember member = new TeamMember();
        member.username = username;
        member.passwordHash = BcryptUtil.bcryptHash(password);
        member.role = role.code();
        member.displayName = displayName;
        member.createdAt = Instant.now();
        member.persist();
        return member;
    }
}
