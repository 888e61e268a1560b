package com.firstline.review;

import com.firstline.drafting.DraftStatus;
import com.firstline.x.ChannelHealth;
import com.firstline.x.XIngestion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** The plain queue page at "/": pending drafts with approve and reject buttons. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/")
public class QueuePage {

    private static final int PAGE_SIZE = 200;

    @Inject
    ReviewService review;

    @Inject
    XIngestion x;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<DraftView> drafts, Instant now, ChannelHealth x);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue() {
        return Templates.queue(review.queue(DraftStatus.PENDING, PAGE_SIZE), Instant.now(), x.health());
    }
}
