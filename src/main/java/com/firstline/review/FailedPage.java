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

/** The Failed view: every reply X refused for good, why, and a way to send it again. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/failed")
@Produces(MediaType.TEXT_HTML)
public class FailedPage {

    private static final int SHOWN = 200;

    @Inject
    FailedReplies failed;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance failed(List<FailedReplies.Failed> replies, long count);
    }

    @GET
    public TemplateInstance page() {
        return Templates.failed(failed.list(SHOWN), failed.count());
    }
}
