package com.firstline.support;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.firstline.support.Api.given;

/** Builds X API v2 shaped posts for tests, each with a fresh id so tests never collide. */
public final class Posts {

    private Posts() {
    }

    public static String newId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_000_000_000_000_000_000L));
    }

    public static Map<String, Object> post(String id, String text) {
        return post(id, id, text, "4100000000000000001", "casey_flyer", 250);
    }

    public static Map<String, Object> post(String id, String conversationId, String text, String authorId,
                                           String handle, int followers) {
        return Map.of(
                "id", id,
                "text", text,
                "author_id", authorId,
                "conversation_id", conversationId,
                "created_at", "2026-11-23T08:00:00.000Z",
                "lang", "en",
                "author", Map.of("id", authorId, "username", handle, "name", "Casey Jones",
                        "followers_count", followers, "verified", false));
    }

    /** Sends a post to the HTTP intake and returns the case id. */
    public static long send(Map<String, Object> post) {
        return given().contentType("application/json").body(post)
                .when().post("/api/mentions")
                .then().statusCode(201)
                .extract().jsonPath().getLong("caseId");
    }
}
