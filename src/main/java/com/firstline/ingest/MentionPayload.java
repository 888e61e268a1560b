package com.firstline.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An inbound post in X API v2 shape, with its author inlined (the X client takes the author
 * from the response's {@code includes.users}; HTTP intake and the demo send it directly).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MentionPayload(
        @NotBlank @XId String id,
        @NotNull String text,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("conversation_id") @XId String conversationId,
        @JsonProperty("created_at") Instant createdAt,
        @Size(max = 16) String lang,
        @JsonProperty("referenced_tweets") List<@Valid ReferencedPost> referencedTweets,
        @JsonProperty("public_metrics") @Valid PublicMetrics publicMetrics,
        @NotNull @Valid Author author) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(
            @NotBlank @XId String id,
            @NotBlank @Pattern(regexp = "\\w{1,50}", message = "must be an X handle without @") String username,
            @Size(max = 128) String name,
            @JsonProperty("followers_count") @PositiveOrZero Integer followersCount,
            Boolean verified) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReferencedPost(@NotBlank @Size(max = 32) String type, @NotBlank @XId String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicMetrics(
            @JsonProperty("retweet_count") @PositiveOrZero int retweetCount,
            @JsonProperty("reply_count") @PositiveOrZero int replyCount,
            @JsonProperty("like_count") @PositiveOrZero int likeCount,
            @JsonProperty("quote_count") @PositiveOrZero int quoteCount) {
        static final PublicMetrics NONE = new PublicMetrics(0, 0, 0, 0);
    }

    /** X began in 2006; a post dated later than tomorrow is a client's mistake (clocks drift by seconds). */
    @JsonIgnore
    @AssertTrue(message = "created_at: must be a moment between 2006 and now")
    public boolean isCreatedAtPlausible() {
        return createdAt == null || createdAt.isAfter(Instant.parse("2006-01-01T00:00:00Z"))
                && createdAt.isBefore(Instant.now().plus(Duration.ofDays(1)));
    }

    /** A post starts its own conversation unless X says otherwise. */
    public String conversationOrSelf() {
        return conversationId == null ? id : conversationId;
    }

    public String repliedToId() {
        if (referencedTweets == null) {
            return null;
        }
        return referencedTweets.stream().filter(r -> "replied_to".equals(r.type()))
                .map(ReferencedPost::id).findFirst().orElse(null);
    }

    public PublicMetrics metricsOrNone() {
        return publicMetrics == null ? PublicMetrics.NONE : publicMetrics;
    }

    public MentionPayload withText(String newText) {
        return new MentionPayload(id, newText, authorId, conversationId, createdAt, lang, referencedTweets,
                publicMetrics, author);
    }

    public MentionPayload withCreatedAt(Instant at) {
        return new MentionPayload(id, text, authorId, conversationId, at, lang, referencedTweets,
                publicMetrics, author);
    }
}
