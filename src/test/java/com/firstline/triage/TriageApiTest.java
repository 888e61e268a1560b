package com.firstline.triage;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;

/** POST /api/triage: the triage of a text, with the reasons behind its priority, without creating a case. */
@QuarkusTest
class TriageApiTest {

    @Test
    void anAngryTravellerAtTheGateWithABigAudienceComesFirstAndSaysWhy() {
        var calm = given().contentType("application/json")
                .body(Map.of("text", "@LumenAir what is the cabin bag size on the Lisbon route?"))
                .post("/api/triage").then().statusCode(200)
                .body("intent", is("BAGGAGE"))
                .body("sentiment", not("NEGATIVE"))
                .extract().jsonPath();
        var urgent = given().contentType("application/json")
                .body(Map.of("text", "@LumenAir I'm at the gate and nobody is here, the flight leaves in 30 minutes. Furious.",
                        "author", Map.of("followers_count", 48_000, "verified", true),
                        "public_metrics", Map.of("retweet_count", 12, "quote_count", 0, "reply_count", 3)))
                .post("/api/triage").then().statusCode(200)
                .body("sentiment", is("NEGATIVE"))
                .body("signals", hasItem("TRAVELLING_NOW"))
                .body("reasons", hasItems("negative", "travelling now", "48k followers", "12 shares", "verified account"))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(urgent.getInt("priority") > calm.getInt("priority") + 40,
                "urgent " + urgent.getInt("priority") + " vs calm " + calm.getInt("priority"));
    }

    @Test
    void promotionalNoiseIsSpamWithNoPriority() {
        given().contentType("application/json")
                .body(Map.of("text", "@LumenAir earn $500 a day with crypto giveaway!!! https://example.test/x #btc #nft"))
                .post("/api/triage").then().statusCode(200)
                .body("intent", is("SPAM")).body("priority", is(0)).body("reasons", hasItem("looks like spam"));
    }

    @Test
    void aPostInALanguageTheTeamDoesNotAnswerInIsRoutedNotDropped() {
        given().contentType("application/json")
                .body(Map.of("text", "@LumenAir mi maleta no llegó a Madrid y nadie en el aeropuerto sabe nada"))
                .post("/api/triage").then().statusCode(200)
                .body("language", is("es"))
                .body("languageSupported", is(false))
                .body("reasons", hasItem(startsWith("written in Spanish")))
                .body("priority", greaterThan(0));
    }

    @Test
    void aMissingTextIsABadRequest() {
        given().contentType("application/json").body(Map.of("author", Map.of("followers_count", 3)))
                .post("/api/triage").then().statusCode(400).body("errors", hasItem(startsWith("text:")));
    }
}
