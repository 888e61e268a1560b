package com.firstline.team;

import com.firstline.audit.AuditLog;
import com.firstline.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Every change an admin makes to the team, each audited with who made it and the member's state
 * before and after. The team always keeps one enabled admin, and an admin cannot disable
 * themselves. Ending sessions refuses the member's session cookies issued until now
 * ({@link MemberStanding}); disabling and a new password end them too.
 */
@ApplicationScoped
public class TeamGovernance {

    /** The actor of changes the single sign-on makes. */
    static final String SSO = "sso";

    private final SecureRandom random = new SecureRandom();

    @Inject
    AuditLog audit;

    public List<TeamMember> members() {
        return TeamMember.list("order by username");
    }

    @Transactional
    public TeamMember add(String admin, String username, String password, Role role, String displayName) {
        if (TeamMember.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("There is already a team member " + username);
        }
        TeamMember added = TeamMember.create(username, password, role, displayName == null ? username : displayName);
        audit.record(admin, "TEAM_MEMBER_ADDED", null, null, username + ": none → " + added.role);
        return added;
    }

    /**
     * Someone the company's provider signed in: added on their first sign-in, and given the role
     * their groups now carry. Audited as the provider's doing. Their password is random and never
     * shown, so they can only sign in through the provider.
     */
    @Transactional
    public TeamMember signedInBySso(String username, Role role, String displayName) {
        Optional<TeamMember> known = TeamMember.findByUsername(username);
        if (known.isEmpty()) {
            TeamMember added = TeamMember.create(username, unusablePassword(), role, displayName);
            audit.record(SSO, "TEAM_MEMBER_ADDED", null, null, username + ": none → " + added.role);
            return added;
        }
        TeamMember member = known.get();
        if (!member.role.equals(role.code())) {
            audit.record(SSO, "TEAM_MEMBER_ROLE_CHANGED", null, null, username + ": " + member.role + " → " + role.code());
            member.role = role.code();
        }
        return member;
    }

    @Transactional
    public TeamMember disable(String admin, String username) {
        TeamMember member = member(username);
        if (member.username.equals(admin)) {
            throw ProblemException.conflict("Admins cannot disable themselves");
        }
        keepAnAdmin(member);
        String before = standing(member);
        Instant now = Instant.now();
        member.disabledAt = now;
        member.sessionsValidAfter = now;
        audit.record(admin, "TEAM_MEMBER_DISABLED", null, null, username + ": " + before + " → " + standing(member));
        return member;
    }

    @Transactional
    public TeamMember enable(String admin, String username) {
        TeamMember member = member(username);
        String before = standing(member);
        member.disabledAt = null;
        audit.record(admin, "TEAM_MEMBER_ENABLED", null, null, username + ": " + before + " → " + standing(member));
        return member;
    }

    @Transactional
    public TeamMember changeRole(String admin, String username, Role role) {
        TeamMember member = member(username);
        if (role != Role.ADMIN) {
            keepAnAdmin(member);
        }
        String before = member.role;
        member.role = role.code();
        audit.record(admin, "TEAM_MEMBER_ROLE_CHANGED", null, null, username + ": " + before + " → " + member.role);
        return member;
    }

    @Transactional
    public TeamMember resetPassword(String admin, String username, String password) {
        TeamMember member = member(username);
        member.passwordHash = BcryptUtil.bcryptHash(password);
        member.sessionsValidAfter = Instant.now();
        audit.record(admin, "TEAM_MEMBER_PASSWORD_RESET", null, null, username + ": a new password; sessions ended");
        return member;
    }

    @Transactional
    public TeamMember endSessions(String admin, String username) {
        TeamMember member = member(username);
        Instant before = member.sessionsValidAfter;
        member.sessionsValidAfter = Instant.now();
        audit.record(admin, "TEAM_MEMBER_SESSIONS_ENDED", null, null, username + ": sessions valid after "
                + (before == null ? "any time" : before) + " → " + member.sessionsValidAfter);
        return member;
    }

    private String unusablePassword() {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    private static TeamMember member(String username) {
        return TeamMember.findByUsername(username)
                .orElseThrow(() -> ProblemException.notFound("No team member " + username));
    }

    /** Refuses a change that would leave the team with no enabled admin. */
    private static void keepAnAdmin(TeamMember changed) {
        boolean onlyAdmin = Role.ADMIN.code().equals(changed.role) && !changed.disabled()
                && TeamMember.count("role = ?1 and disabledAt is null", Role.ADMIN.code()) <= 1;
        if (onlyAdmin) {
            throw ProblemException.conflict(changed.username + " is the only enabled admin; make another admin first");
        }
    }

    private static String standing(TeamMember member) {
        return member.disabled() ? "disabled" : "enabled";
    }
}
