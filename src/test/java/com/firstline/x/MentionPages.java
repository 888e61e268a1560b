package com.firstline.x;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds GET /2/users/:id/mentions bodies in X API v2 shape, with the fields and expansions
 * Firstline asks for (conversation_id, referenced_tweets, public_metrics, includes.users).
 */
public final class MentionPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record User(String id, String username, String name, int followers) {
    }

    private final List<ObjectNode> posts = new ArrayList<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private String nextToken;

    public static MentionPages page() {
        return new MentionPages();
    }

    /** A post by the user, starting its own conversation. */
    public MentionPages post(String id, User author, String text) {
        return reply(id, author, text, id, null);
    }

    /** A post in a conversation, replying to another post (or starting it when repliedTo is null). */
    public MentionPages reply(String id, User author, String text, String conversationId, String repliedTo) {
        ObjectNode post = JSON.createObjectNode().put("id", id).put("text", text).put("author_id", author.id())
                .put("conversation_id", conversationId).put("created_at", "2026-11-23T08:00:00.000Z").put("lang", "en");
        if (repliedTo != null) {
            post.putArray("referenced_tweets").addObject().put("type", "replied_to").put("id", repliedTo);
            post.put("in_reply_to_user_id", FakeXApi.BRAND_USER_ID);
        }
        post.putObject("public_metrics").put("retweet_count", 0).put("reply_count", 0).put("like_count", 1)
                .put("quote_count", 0).put("bookmark_count", 0).put("impression_count", 12);
        post.putArray("edit_history_tweet_ids").add(id);
        posts.add(post);
        users.put(author.id(), author);
        return this;
    }

    /** Gives the last post these counts, as X reports them once it has been shared. */
    public MentionPages sharedBy(int retweets, int quotes, int replies) {
        ((ObjectNode) posts.get(posts.size() - 1).path("public_metrics")).put("retweet_count", retweets)
                .put("quote_count", quotes).put("reply_count", replies);
        return this;
    }

    /** Leaves the author of the last post out of includes.users, as X does for suspended accounts. */
    public MentionPages withoutLastAuthor() {
        users.remove(posts.get(posts.size() - 1).path("author_id").asText());
        return this;
    }

    public MentionPages next(String token) {
        nextToken = token;
        return this;
    }

    /** Posts are listed in the order given; give them newest first, as X does. */
    public String json() {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode data = page.putArray("data");
        posts.forEach(data::add);
        ArrayNode includedUsers = page.putObject("includes").putArray("users");
        users.values().forEach(u -> includedUsers.addObject().put("id", u.id()).put("username", u.username())
                .put("name", u.name()).put("verified", false)
                .putObject("public_metrics").put("followers_count", u.followers()).put("following_count", 10)
                .put("tweet_count", 100).put("listed_count", 0).put("like_count", 5));
        ObjectNode meta = page.putObject("meta").put("result_count", posts.size())
                .put("newest_id", posts.get(0).path("id").asText())
                .put("oldest_id", posts.get(posts.size() - 1).path("id").asText());
        if (nextToken != null) {
            meta.put("next_token", nextToken);
        }
        return page.toString();
    }
}
