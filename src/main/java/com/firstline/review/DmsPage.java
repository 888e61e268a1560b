package com.firstline.review;

import com.firstline.team.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The DMs view: cases whose customer waits for a private answer, the longest waiting first. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/dms")
@Produces(MediaType.TEXT_HTML)
public class DmsPage {

    private static final int SHOWN = 200;

    @Inject
    WaitingDms waiting;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dms(List<WaitingDms.Waiting> cases);
    }

    @GET
    public TemplateInstance page() {
        return Templates.dms(waiting.list(SHOWN));
    }
}
