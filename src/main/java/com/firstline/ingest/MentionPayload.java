package com.firstline.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Instant;
import java.util.List;

/**
 * An inbound post in X API v2 shape, with its author inlined (the X client takes the author
 * from the response's {@code includes.users}; HTTP intake and the demo send it directly).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MentionPayload(
        @NotBlank @Pattern(regexp = "[0-9]{1,20}", message = "must be a numeric post id") String id,
        @NotNull String text,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("conversation_id") @Pattern(regexp = "[0-9]{1,20}") String conversationId,
        @JsonProperty("created_at") Instant createdAt,
        String lang,
        @JsonProperty("referenced_tweets") List<@Valid ReferencedPost> referencedTweets,
        @JsonProperty("public_metrics") @Valid PublicMetrics publicMetrics,
        @NotNull @Valid Author author) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(
            @NotBlank @Pattern(regexp = "[0-9]{1,20}", message = "must be a numeric user id") String id,
            @NotBlank @Pattern(regexp = "\\w{1,50}", message = "must be an X handle without @") String username,
            String name,
            @JsonProperty("followers_count") @PositiveOrZero Integer followersCount,
            Boolean verified) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReferencedPost(@NotBlank String type, @NotBlank String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicMetrics(
            @JsonProperty("retweet_count") @PositiveOrZero int retweetCount,
            @JsonProperty("reply_count") @PositiveOrZero int replyCount,
            @JsonProperty("like_count") @PositiveOrZero int likeCount,
            @JsonProperty("quote_count") @PositiveOrZero int quoteCount) {
        static final PublicMetrics NONE = new PublicMetrics(0, 0, 0, 0);
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
