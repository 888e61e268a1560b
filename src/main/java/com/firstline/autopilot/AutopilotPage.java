package com.firstline.autopilot;

import com.firstline.team.Role;
import com.firstline.triage.Intent;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The autopilot page for supervisors: the policy in force, this hour's load, what shadow mode
 * measured over the last week, and the latest decisions. Admins change the policy from it.
 */
@RolesAllowed(Role.SUPERVISOR_CODE)
@Path("/autopilot")
public class AutopilotPage {

    @Inject
    AutopilotResource api;

    @Inject
    PolicyStore policies;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance autopilot(Policy policy, AutopilotResource.Load load, ShadowReport.Report shadow,
                                                 List<DecisionView> decisions, Intent[] intents, AutopilotMode[] modes,
                                                 boolean admin);
    }

    /** A share (0..1) as a whole percentage, for the page. */
    @TemplateExtension
    static long percent(double share) {
        return Math.round(share * 100);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.autopilot(policies.current(), api.load(), api.shadow(7), api.decisions(null, 50),
                Intent.values(), AutopilotMode.values(), identity.hasRole(Role.ADMIN_CODE));
    }
}
