package com.firstline.autopilot;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the autopilot decided, for supervisors: per case, or the latest across cases. */
@RolesAllowed(Role.SUPERVISOR_CODE)
@Path("/api/autopilot")
@Produces(MediaType.APPLICATION_JSON)
public class AutopilotResource {

    @Inject
    PolicyStore policies;

    @Inject
    Retraction retraction;

    @Inject
    ShadowReport shadow;

    /** Shadow mode's figures over the last {@code days} days: would-send rate and the agents' agreement. */
    @GET
    @Path("/shadow")
    public ShadowReport.Report shadow(@QueryParam("days") @DefaultValue("7") @Min(1) @Max(365) int days) {
        return shadow.since(Instant.now().minus(Duration.ofDays(days)));
    }

    /** Deletes an automatic reply's post within the policy's window; 409 outside it or when already retracted. */
    @POST
    @Path("/decisions/{id}/retract")
    public DecisionView retract(@PathParam("id") long id) {
        return retraction.retract(id);
    }

    @GET
    @Path("/decisions")
    @Transactional
    public List<DecisionView> decisions(@QueryParam("caseId") Long caseId,
                                        @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(5000) int limit) {
        var query = caseId == null ? AutopilotDecision.<AutopilotDecision>find("order by decidedAt desc, id desc")
                : AutopilotDecision.<AutopilotDecision>find("supportCase.id = ?1 order by decidedAt desc, id desc", caseId);
        return query.page(0, limit).list().stream().map(DecisionView::of).toList();
    }

    /** The mode in force and the automatic replies counted against the hourly limit. */
    public record Load(AutopilotMode mode, boolean killSwitch, int ratePerHour, long sentLastHour,
                       long wouldSendLastHour) {
    }

    @GET
    @Path("/load")
    @Transactional
    public Load load() {
        Policy policy = policies.current();
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        return new Load(policy.mode(), policy.killSwitch(), policy.ratePerHour(),
                AutopilotDecision.since(AutopilotDecision.Outcome.SENT, hourAgo),
                AutopilotDecision.since(AutopilotDecision.Outcome.WOULD_SEND, hourAgo));
    }
}
