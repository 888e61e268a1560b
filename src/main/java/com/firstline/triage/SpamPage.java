package com.firstline.triage;

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

/** The spam view: the latest posts filed as spam, each with a way to take it back. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/spam")
@Produces(MediaType.TEXT_HTML)
public class SpamPage {

    private static final int SHOWN = 200;

    @Inject
    SpamReview spam;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance spam(List<SpamReview.FiledAsSpam> posts);
    }

    @GET
    public TemplateInstance page() {
        return Templates.spam(spam.recent(SHOWN));
    }
}
