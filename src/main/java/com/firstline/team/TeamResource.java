package com.firstline.team;

import com.firstline.audit.AuditLog;
import com.firstline.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Admins add team members and see who is on the team. Passwords are never returned. */
@RolesAllowed(Role.ADMIN_CODE)
@Path("/api/admin/team")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    public record NewMember(@NotBlank @Pattern(regexp = "[a-z0-9._-]{2,64}") String username,
                            @NotBlank @Size(min = 12, max = 200) String password,
                            @NotNull Role role,
                            @Size(max = 128) String displayName) {
    }

    public record Member(String username, String role, String displayName) {
        static Member of(TeamMember m) {
            return new Member(m.username, m.role, m.displayName);
        }
    }

    @GET
    public List<Member> list() {
        return TeamMember.<TeamMember>listAll().stream().map(Member::of).toList();
    }

    @POST
    @Transactional
    public Response add(@NotNull @Valid NewMember member) {
        if (TeamMember.findByUsername(member.username()).isPresent()) {
            throw ProblemException.conflict("There is already a team member " + member.username());
        }
        TeamMember created = TeamMember.create(member.username(), member.password(), member.role(),
                member.displayName() == null ? member.username() : member.displayName());
        audit.record(identity.getPrincipal().getName(), "TEAM_MEMBER_ADDED", null, null,
                created.username + ": none → " + created.role);
        return Response.status(201).entity(Member.of(created)).build();
    }
}
