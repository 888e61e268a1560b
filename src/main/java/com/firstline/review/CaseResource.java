package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.cases.CaseNote;
import com.firstline.cases.DirectMessage;
import com.firstline.cases.Resolution;
import com.firstline.ingest.Mention;
import com.firstline.problem.ProblemException;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import com.firstline.team.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A case with its thread, replies and audit trail. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final int OTHER_CASES_SHOWN = 10;

    @Inject
    AuditLog audit;

    @Inject
    Claims claims;

    @Inject
    Presence presence;

    @Inject
    CaseResolutions resolutions;

    @Inject
    SecurityIdentity identity;

    @Inject
    CaseTags tags;

    @Inject
    CaseSearch search;

    @Inject
    ComposedReplies composed;

    /** Claims the case for the signed-in agent; 409 when someone else holds it. */
    @POST
    @Path("/{id}/claim")
    public Map<String, String> claim(@PathParam("id") long id) {
        return Map.of("claimedBy", claims.claim(id));
    }

    /** Hands the case to a team member until they hand it back: {"agent": "sam"}. */
    public record Assignment(@NotBlank String agent) {
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> assign(@PathParam("id") long id,
                                                @Valid @NotNull Assignment assignment) {
        return Map.of("assignedTo", claims.assign(id, assignment.agent()));
    }

    /** The assignee gives the case back to the team. */
    @DELETE
    @Path("/{id}/assignment")
    public void handBack(@PathParam("id") long id) {
        claims.handBack(id);
    }

    /** Closes the case: {"reason": "NO_REPLY_NEEDED"} (or ANSWERED, SPAM, DUPLICATE). */
    public record Resolving(@NotNull Resolution reason) {
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> resolve(@PathParam("id") long id, @Valid @NotNull Resolving resolving) {
        Case resolved = resolutions.resolve(id, resolving.reason());
        return Map.of("status", resolved.status.name(), "resolution", resolved.resolution.name());
    }

    @DELETE
    @Path("/{id}/claim")
    public void release(@PathParam("id") long id) {
        claims.release(id);
    }

    /** The case page's heartbeat: "I have this case open". Returns who else has it open. */
    @POST
    @Path("/{id}/viewing")
    public Map<String, List<String>> viewing(@PathParam("id") long id) {
        return Map.of("viewers", presence.viewing(id));
    }

    /** The case page was closed. */
    @DELETE
    @Path("/{id}/viewing")
    public void leave(@PathParam("id") long id) {
        presence.left(id);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public CaseView get(@PathParam("id") long id) {
        Case supportCase = Case.findById(id);
        if (supportCase == null) {
            throw ProblemException.notFound("No case " + id);
        }
        return CaseView.of(supportCase, supportCase.turns(), Mention.thread(supportCase),
                Reply.list("supportCase = ?1 order by createdAt", supportCase), CaseNote.of(supportCase), audit.forCase(id),
                otherCases(supportCase), DirectMessage.of(supportCase));
    }

    private static List<CaseView.OtherCase> otherCases(Case supportCase) {
        List<Case> others = supportCase.customersOtherCases(OTHER_CASES_SHOWN);
        if (others.isEmpty()) {
            return List.of();
        }
        List<Long> ids = others.stream().map(c -> c.id).toList();
        Map<Long, List<Mention>> threads = Mention.threads(ids);
        Map<Long, List<String>> replies = Reply.<Reply>list("supportCase.id in ?1 and status = ?2 order by sentAt", ids,
                        ReplyStatus.SENT).stream()
                .collect(Collectors.groupingBy(r -> r.supportCase.id, Collectors.mapping(r -> r.text, Collectors.toList())));
        return others.stream().map(c -> new CaseView.OtherCase(c.id, c.status.name(), c.openedAt,
                threads.getOrDefault(c.id, List.of()).stream().findFirst().map(m -> m.text).orElse(""),
                replies.getOrDefault(c.id, List.of()))).toList();
    }

    /** The case's tags, replaced: {"tags": "lost-bag, refund"}. */
    public record Tagging(@NotNull @Size(max = 400) String tags) {
    }

    @PUT
    @Path("/{id}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, List<String>> tag(@PathParam("id") long id, @Valid @NotNull Tagging tagging) {
        return Map.of("tags", tags.set(id, tagging.tags()));
    }

    /** Cases by words of a post, @handle, flight number or tag, newest first. */
    @GET
    @Path("/search")
    public List<CaseSearch.Hit> search(@QueryParam("q") @NotBlank @Size(max = 100) String q,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return search.search(q, limit);
    }

    /** A public reply an agent writes: {"text": "..."}, threaded under the customer's latest post. */
    public record WrittenReply(@NotBlank @Size(max = 2000) String text) {
    }

    @POST
    @Path("/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComposedReplies.Composed reply(@PathParam("id") long id, @Valid @NotNull WrittenReply reply) {
        return composed.compose(id, reply.text());
    }

    /** A private reply, sent as a DM to the case's customer: {"text": "..."}. */
    public record WrittenDm(@NotBlank @Size(max = 10000) String text) {
    }

    @POST
    @Path("/{id}/dms")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComposedReplies.Composed directMessage(@PathParam("id") long id, @Valid @NotNull WrittenDm dm) {
        return composed.composeDirect(id, dm.text());
    }

    /** A note for the team: {"text": "..."}. Never posted. */
    public record NewNote(@NotBlank @Size(max = 2000) String text) {
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public CaseView.Note addNote(@PathParam("id") long id, @Valid @NotNull NewNote note) {
        Case supportCase = Case.<Case>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No case " + id));
        String author = identity.getPrincipal().getName();
        CaseNote added = CaseNote.add(supportCase, author, note.text().strip());
        audit.record(author, "NOTE_ADDED", id, null, added.text);
        return new CaseView.Note(added.id, added.author, added.text, added.createdAt);
    }
}
