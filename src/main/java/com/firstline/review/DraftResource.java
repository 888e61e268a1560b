package com.firstline.review;

import com.firstline.drafting.DraftStatus;
import com.firstline.problem.ProblemException;
import com.firstline.team.Role;
import com.firstline.triage.Intent;
import com.firstline.triage.Sentiment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Objects;

/** The review queue's API. Decisions on a draft that is no longer awaiting one answer 409. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DraftResource {

    @Inject
    ReviewService review;

    @GET
    public List<DraftView> queue(@QueryParam("status") DraftStatus status,
                                 @QueryParam("intent") Intent intent,
                                 @QueryParam("sentiment") Sentiment sentiment,
                                 @QueryParam("claimedBy") String claimedBy,
                                 @QueryParam("language") @Pattern(regexp = "[a-z]{2,3}") String language,
                                 @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return review.queue(new QueueFilter(status, intent, sentiment, claimedBy, language), limit);
    }

    @GET
    @Path("/{id}")
    public DraftView draft(@PathParam("id") long id) {
        return review.find(id);
    }

    @POST
    @Path("/{id}/approve")
    public DraftView approve(@PathParam("id") long id, @Valid Decision decision) {
        return review.approve(id, orNone(decision));
    }

    @POST
    @Path("/{id}/reject")
    public DraftView reject(@PathParam("id") long id, @Valid Decision decision) {
        return review.reject(id, orNone(decision));
    }

    @POST
    @Path("/{id}/escalate")
    public DraftView escalate(@PathParam("id") long id, @Valid Decision decision) {
        return review.escalate(id, orNone(decision));
    }

    /** The agent's pick of another macro: its reply, filled in for this post, replaces the draft's text. */
    public record MacroPick(@NotBlank @Size(max = 80) String macroId, @PositiveOrZero Long version) {
    }

    @POST
    @Path("/{id}/macro")
    public DraftView useMacro(@PathParam("id") long id, @Valid @NotNull MacroPick pick) {
        return review.useMacro(id, pick.macroId(), pick.version());
    }

    /** The reply checks on an agent's edit, before deciding: the queue page shows them as warnings. */
    @POST
    @Path("/{id}/check")
    public ReplyWarnings check(@PathParam("id") long id, @Valid Decision decision) {
        String text = orNone(decision).text();
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("text: give the reply text to check");
        }
        return new ReplyWarnings(review.warnings(id, text));
    }

    /** What the reply checks found in a text; empty when it may go out as it is. */
    public record ReplyWarnings(List<String> warnings) {
    }

    /** A decision may be posted without a body (approve as drafted). */
    private static Decision orNone(Decision decision) {
        return Objects.requireNonNullElse(decision, Decision.NONE);
    }
}
