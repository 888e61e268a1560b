package com.firstline.x;

import com.firstline.ingest.MentionPayload;
import twitter4j.Tweet;
import twitter4j.User2;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Turns Twitter4J's v2 posts into the intake's {@link MentionPayload}. */
final class XPosts {

    /** Handle given to a post whose author X left out of includes.users (deleted, suspended or withheld). */
    static final String UNKNOWN_AUTHOR_PREFIX = "unknown_";

    private XPosts() {
    }

    static MentionPayload toMention(Tweet tweet, Map<Long, User2> users) {
        String id = Long.toString(tweet.getId());
        String authorId = tweet.getAuthorId() == null ? "0" : tweet.getAuthorId().toString();
        List<MentionPayload.ReferencedPost> referenced = tweet.getRepliedToTweetId() == null ? List.of()
                : List.of(new MentionPayload.ReferencedPost("replied_to", tweet.getRepliedToTweetId().toString()));
        Instant createdAt = tweet.getCreatedAt() == null ? null : tweet.getCreatedAt().toInstant();
        String conversationId = tweet.getConversationId() == null ? null : tweet.getConversationId().toString();
        return new MentionPayload(id, unescape(tweet.getText()), authorId, conversationId, createdAt, tweet.getLang(),
                referenced, metrics(tweet), author(authorId, tweet.getAuthorId() == null ? null : users.get(tweet.getAuthorId())));
    }

    /**
     * X sends post text with &, < and > escaped as HTML entities (and nothing else escaped). The
     * text is stored as the customer wrote it; pages escape it again when they show it.
     * {@code &amp;} goes last, so a customer's own "&amp;lt;" stays "&lt;".
     */
    static String unescape(String text) {
        return text == null ? null : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** An author missing from includes still gets a case, under a handle that says so, rather than being dropped. */
    private static MentionPayload.Author author(String authorId, User2 user) {
        if (user == null) {
            return new MentionPayload.Author(authorId, UNKNOWN_AUTHOR_PREFIX + authorId, null, 0, false);
        }
        int followers = user.getPublicMetrics() == null ? 0 : user.getPublicMetrics().getFollowersCount();
        return new MentionPayload.Author(authorId, user.getScreenName(), user.getName(), followers, user.getVerified());
    }

    private static MentionPayload.PublicMetrics metrics(Tweet tweet) {
        Tweet.PublicMetrics m = tweet.getPublicMetrics();
        return m == null ? null
                : new MentionPayload.PublicMetrics(m.getRetweetCount(), m.getReplyCount(), m.getLikeCount(), m.getQuoteCount());
    }
}
