package com.firstline.team;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The admins' team page: members and API tokens, with the actions of the team API. */
@RolesAllowed(Role.ADMIN_CODE)
@Path("/team")
@Produces(MediaType.TEXT_HTML)
public class TeamPage {

    @Inject
    TeamGovernance team;

    @Inject
    ApiTokens tokens;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance team(List<TeamMember> members, List<ApiToken> tokens, Role[] roles);
    }

    @GET
    public TemplateInstance page() {
        return Templates.team(team.members(), tokens.all(), Role.values());
    }
}
