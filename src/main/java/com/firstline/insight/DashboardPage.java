package com.firstline.insight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.firstline.team.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The dashboard at /insight. The page carries its figures twice from one computation: as text
 * beside each chart, and as JSON that the browser draws the charts from (Chart.js, served from
 * the application), so the numbers and the charts cannot disagree.
 */
@RolesAllowed(Role.AGENT_CODE)
@Path("/insight")
public class DashboardPage {

    @Inject
    InsightService insight;

    @Inject
    ObjectMapper json;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Figures figures, String figuresJson, String csvQuery);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("zone") String zone) throws JsonProcessingException {
        DayRange range = insight.range(from, to, zone);
        Figures figures = insight.figures(range);
        String csvQuery = "from=" + range.from() + "&to=" + range.to() + "&zone=" + range.zone().getId();
        return Templates.dashboard(figures, scriptSafe(json.writeValueAsString(figures)), csvQuery);
    }

    /** JSON placed inside a script element: "<" escaped so no text in it can close the element. */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c");
    }
}
