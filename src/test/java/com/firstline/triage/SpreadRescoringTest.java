package com.firstline.triage;

import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A post that keeps spreading after triage moves up the queue, and the queue says why. */
@QuarkusTest
class SpreadRescoringTest {

    @Test
    void aComplaintThatComesAgainRetweetedMovesUpAndItsSharesAreAReason() {
        String id = Posts.newId();
        Map<String, Object> post = Posts.post(id, id, "@LumenAir my bag never arrived in Oslo, LU 482. Nobody answers",
                "4100000000000000077", "oslo_traveller", 2_000);
        Posts.send(post);
        int before = priority(Queue.awaitDraftFor(id));

        sendAgain(post, 40, 2, 3);

        Map<String, Object> after = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Queue.draftFor(id), d -> priority(d) > before);
        assertTrue(reasons(after).contains("42 shares"), "reasons: " + reasons(after));

        // A reading taken earlier but delivered later does not undo the newer counts.
        sendAgain(post, 5, 0, 0);
        assertEquals(priority(after), priority(Queue.draftFor(id)));
        assertTrue(reasons(Queue.draftFor(id)).contains("42 shares"));
    }

    private static void sendAgain(Map<String, Object> post, int retweets, int quotes, int replies) {
        Map<String, Object> again = new HashMap<>(post);
        again.put("public_metrics", Map.of("retweet_count", retweets, "quote_count", quotes, "reply_count", replies,
                "like_count", 0));
        given().contentType("application/json").body(again).post("/api/mentions")
                .then().statusCode(200).body("created", is(false));
    }

    private static int priority(Map<String, Object> draft) {
        return ((Number) draft.get("priority")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> draft) {
        return (List<String>) draft.get("priorityReasons");
    }
}
