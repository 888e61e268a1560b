package com.firstline.review;

import com.firstline.drafting.MacroLibrary;
import com.firstline.knowledge.Macro;
import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Reply macros in the workspace: find one to use on a draft, and (supervisors) save a reply as one. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/macros")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MacroResource {

    @Inject
    MacroLibrary library;

    @Inject
    MacroSaving saving;

    /** A macro as the workspace lists it. */
    public record MacroSummary(String id, String title, String intent, List<String> replies, boolean dm,
                               boolean autopilot, boolean safety) {
        static MacroSummary of(Macro m) {
            return new MacroSummary(m.id(), m.title(), m.intent(), m.replies(), m.dm(), m.autoSendable(), m.safety());
        }
    }

    /**
     * A supervisor's request to keep a draft's reply (as approved or edited) as a macro.
     *
     * @param variantOf the macro it becomes a variant of; null for a new macro, which needs a title
     */
    public record SaveRequest(@NotNull Long draftId, @Size(max = 200) String title, @Size(max = 80) String variantOf) {
    }

    @GET
    public List<MacroSummary> search(@QueryParam("q") @DefaultValue("") String query,
                                     @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return library.search(query, limit).stream().map(MacroSummary::of).toList();
    }

    @POST
    @RolesAllowed(Role.SUPERVISOR_CODE)
    public MacroSummary save(@Valid @NotNull SaveRequest request) {
        return MacroSummary.of(saving.save(request.draftId(), request.title(), request.variantOf()));
    }
}
