package com.firstline.review;

import com.firstline.drafting.DraftStatus;
import com.firstline.incident.IncidentStatus;
import com.firstline.incident.IncidentView;
import com.firstline.incident.IncidentWorkflow;
import com.firstline.team.Role;
import com.firstline.team.TeamMember;
import com.firstline.triage.Intent;
import com.firstline.triage.LanguageDetection;
import com.firstline.triage.Sentiment;
import com.firstline.x.ChannelHealth;
import com.firstline.x.XIngestion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * The queue page at "/": drafts by priority and deadline, with filters (status, intent, sentiment,
 * who holds the case) and the decisions an agent makes.
 */
@RolesAllowed(Role.AGENT_CODE)
@Path("/")
public class QueuePage {

    private static final int PAGE_SIZE = 200;

    @Inject
    ReviewService review;

    @Inject
    XIngestion x;

    @Inject
    IncidentWorkflow incidents;

    @Inject
    LanguageDetection languages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<DraftView> drafts, Instant now, ChannelHealth x, QueueFilter filter,
                                             Intent[] intents, Sentiment[] sentiments, DraftStatus[] statuses,
                                             List<String> members, List<IncidentView> incidents, List<String> languages);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue(@QueryParam("status") String status,
                                  @QueryParam("intent") Intent intent,
                                  @QueryParam("sentiment") Sentiment sentiment,
                                  @QueryParam("claimedBy") String claimedBy,
                                  @QueryParam("language") @Pattern(regexp = "|[a-z]{2,3}") String language) {
        QueueFilter filter = new QueueFilter(status == null || status.isBlank() ? null : DraftStatus.valueOf(status),
                intent, sentiment, blankAsNull(claimedBy), blankAsNull(language));
        return Templates.queue(review.queue(filter, PAGE_SIZE), Instant.now(), x.health(), filter,
                Intent.values(), Sentiment.values(), DraftStatus.values(),
                QuarkusTransaction.requiringNew().call(TeamMember::usernames), incidents.list(IncidentStatus.OPEN),
                languages.known());
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
