package com.firstline.insight;

import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The dashboard's figures for any team member: {@code from} and {@code to} are days (both
 * included, default: the last {@code firstline.insight.default-days} days), {@code zone} the
 * time zone whose days they are (default {@code firstline.insight.zone}).
 */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api")
public class InsightResource {

    @Inject
    InsightService insight;

    @GET
    @Path("insight")
    @Produces(MediaType.APPLICATION_JSON)
    public Figures figures(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("zone") String zone) {
        return insight.figures(insight.range(from, to, zone));
    }

    /** The same figures as CSV, one number per row, downloaded as a file named after the range. */
    @GET
    @Path("insight.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("zone") String zone) {
        DayRange range = insight.range(from, to, zone);
        return Response.ok(FiguresCsv.of(insight.figures(range)))
                .header("Content-Disposition", "attachment; filename=\"firstline-insight-" + range.from() + "-to-"
                        + range.to() + ".csv\"")
                .build();
    }
}
