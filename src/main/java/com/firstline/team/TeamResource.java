package com.firstline.team;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/** Admins govern the team: add, disable, re-enable, change roles, reset passwords, end sessions. Passwords are never returned. */
@RolesAllowed(Role.ADMIN_CODE)
@Path("/api/admin/team")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    private static final String USERNAME = "[a-z0-9._@-]{2,64}";

    @Inject
    TeamGovernance team;

    @Inject
    SecurityIdentity identity;

    public record NewMember(@NotBlank @Pattern(regexp = USERNAME) String username,
                            @NotBlank @Size(min = 12, max = 200) String password,
                            @NotNull Role role,
                            @Size(max = 128) String displayName) {
    }

    public record NewRole(@NotNull Role role) {
    }

    public record NewPassword(@NotBlank @Size(min = 12, max = 200) String password) {
    }

    public record Member(String username, String role, String displayName, boolean disabled, Instant createdAt) {
        static Member of(TeamMember m) {
            return new Member(m.username, m.role, m.displayName, m.disabled(), m.createdAt);
        }
    }

    @GET
    public List<Member> list() {
        return team.members().stream().map(Member::of).toList();
    }

    @POST
    public Response add(@NotNull @Valid NewMember member) {
        TeamMember added = team.add(admin(), member.username(), member.password(), member.role(), member.displayName());
        return Response.status(201).entity(Member.of(added)).build();
    }

    @POST
    @Path("{username}/disable")
    public Member disable(@PathParam("username") @Pattern(regexp = USERNAME) String username) {
        return Member.of(team.disable(admin(), username));
    }

    @POST
    @Path("{username}/enable")
    public Member enable(@PathParam("username") @Pattern(regexp = USERNAME) String username) {
        return Member.of(team.enable(admin(), username));
    }

    @PUT
    @Path("{username}/role")
    public Member changeRole(@PathParam("username") @Pattern(regexp = USERNAME) String username,
                             @NotNull @Valid NewRole role) {
        return Member.of(team.changeRole(admin(), username, role.role()));
    }

    @PUT
    @Path("{username}/password")
    public Member resetPassword(@PathParam("username") @Pattern(regexp = USERNAME) String username,
                                @NotNull @Valid NewPassword password) {
        return Member.of(team.resetPassword(admin(), username, password.password()));
    }

    /** Every session the member has open now is refused from here on; a new sign-in works. */
    @POST
    @Path("{username}/end-sessions")
    public Member endSessions(@PathParam("username") @Pattern(regexp = USERNAME) String username) {
        return Member.of(team.endSessions(admin(), username));
    }

    private String admin() {
        return identity.getPrincipal().getName();
    }
}
