package com.firstline.triage;

import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/** A post wrongly filed as spam can be taken back: it gets a topic, its case opens, and it is drafted. */
@QuarkusTest
class SpamReviewTest {

    @Test
    void aPostFiledAsSpamIsTakenBackAndDrafted() {
        String postId = Posts.newId();
        // A real complaint that trips the spam marks: promo words and a link.
        long caseId = Posts.send(Posts.post(postId, "@LumenAir your giveaway promo code failed and my bag is lost "
                + "on LU 215, see https://example.com/photo"));
        long mentionId = await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Triage.<Triage>find("mention.postId = ?1 and intent = ?2", postId, Intent.SPAM).firstResultOptional()
                        .map(t -> t.mention.id).orElse(null)), id -> id != null);

        given().get("/api/spam").then().statusCode(200).body("mentionId", hasItem((int) mentionId));
        given().accept("text/html").get("/spam").then().statusCode(200).body(containsString("my bag is lost"));

        given().contentType("application/json").post("/api/spam/{id}/not-spam", mentionId).then().statusCode(200)
                .body("caseId", is((int) caseId)).body("intent", not("SPAM"));
        Queue.awaitDraftFor(postId);
        given().get("/api/cases/{id}", caseId).then().body("status", is("OPEN"))
                .body("audit.find { it.action == 'NOT_SPAM' }.actor", is("dana"));
        given().get("/api/spam").then().body("mentionId", not(hasItem((int) mentionId)));
        given().contentType("application/json").post("/api/spam/{id}/not-spam", mentionId).then().statusCode(409);
    }
}
