package com.firstline.triage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.firstline.team.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Objects;

/** Triage of a text without creating a case: for trying triage out and for batch evaluation. */
@RolesAllowed(Role.AGENT_CODE)
@Path("/api/triage")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    /** A post to triage; author and metrics are optional and default to an ordinary account. */
    public record Query(@NotBlank @Size(max = 4000) String text, String lang, @Valid Author author,
                       @JsonProperty("public_metrics") @Valid Metrics publicMetrics) {
    }

    public record Author(@JsonProperty("followers_count") @PositiveOrZero Integer followersCount, Boolean verified) {
    }

    public record Metrics(@JsonProperty("retweet_count") @PositiveOrZero int retweetCount,
                          @JsonProperty("quote_count") @PositiveOrZero int quoteCount,
                          @JsonProperty("reply_count") @PositiveOrZero int replyCount) {
    }

    @Inject
    TriageService triage;

    @POST
    public Assessment triage(@NotNull @Valid Query query) {
        Author author = Objects.requireNonNullElse(query.author(), new Author(0, false));
        Metrics metrics = Objects.requireNonNullElse(query.publicMetrics(), new Metrics(0, 0, 0));
        return triage.assess(new TriageRequest(query.text(), query.lang(),
                Objects.requireNonNullElse(author.followersCount(), 0), Boolean.TRUE.equals(author.verified()),
                metrics.retweetCount(), metrics.quoteCount(), metrics.replyCount(), 0));
    }
}
