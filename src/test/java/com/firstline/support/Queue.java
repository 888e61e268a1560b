package com.firstline.support;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;

/** Reads the review queue over the API, waiting for the asynchronous pipeline where needed. */
public final class Queue {

    private Queue() {
    }

    /**
     * Waits until the draft answering the given post is in the queue, and returns it. Generous: on
     * two busy cores a batch of triage and drafting behind other tests' posts takes seconds.
     */
    public static Map<String, Object> awaitDraftFor(String postId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> draftFor(postId), d -> d != null);
    }

    public static Map<String, Object> draft(long draftId) {
        return given().get("/api/drafts/{id}", draftId).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    public static Map<String, Object> draftFor(String postId) {
        JsonPath queue = given().queryParam("limit", 1000).get("/api/drafts").then().statusCode(200)
                .extract().jsonPath();
        return queue.getMap("find { it.postId == '" + postId + "' }");
    }
}
