package com.firstline.review;

import com.firstline.autopilot.Autopilot;
import com.firstline.autopilot.DecisionView;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.Passage;
import com.firstline.team.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/**
 * One case on one page: the customer and their reach, the whole thread with our replies, why
 * it was prioritised, and the open draft with the text of the passages it cites.
 */
@RolesAllowed(Role.AGENT_CODE)
@Path("/cases")
public class CasePage {

    @Inject
    CaseResource cases;

    @Inject
    ReviewService review;

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Presence presence;

    @Inject
    Autopilot autopilot;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance casePage(CaseView supportCase, List<DraftView> drafts, List<Passage> cited,
                                                List<String> otherViewers, List<DecisionView> autopilot,
                                                boolean supervisor, String me);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        CaseView supportCase = cases.get(id);
        List<DraftView> open = review.openDrafts(id);
        List<Passage> cited = open.stream().flatMap(d -> d.sources().stream()).distinct()
                .map(knowledgeBase::passage).flatMap(Optional::stream).toList();
        return Templates.casePage(supportCase, open, cited, presence.othersViewing(id), autopilot.decisionsFor(id),
                identity.hasRole(Role.SUPERVISOR_CODE), identity.getPrincipal().getName());
    }
}
