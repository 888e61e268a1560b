package com.firstline.review;

import com.firstline.team.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Search across cases: words of a post, @handle, flight number or tag. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    private static final int SHOWN = 100;

    @Inject
    CaseSearch search;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, List<CaseSearch.Hit> hits);
    }

    @GET
    public TemplateInstance page(@QueryParam("q") @Size(max = 100) String q) {
        boolean asked = q != null && !q.isBlank();
        return Templates.search(asked ? q : "", asked ? search.search(q, SHOWN) : List.of());
    }
}
