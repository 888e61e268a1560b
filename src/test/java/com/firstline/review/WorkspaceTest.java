package com.firstline.review;

import com.firstline.support.Api;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collision control and presence, the supervisors' audit trail, team administration, and safe rendering of posts. */
@QuarkusTest
class WorkspaceTest {

    @Test
    void aClaimedCaseCannotBeDecidedByAnotherAgentUntilReleased() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir my seat on LU 310 was broken the whole flight"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();

        given().post("/api/cases/{id}/claim", caseId).then().statusCode(200).body("claimedBy", is("dana"));
        given().get("/api/drafts/{id}", draftId).then().body("claimedBy", is("dana"));
        Api.as("sam", "sam-pass").post("/api/cases/{id}/claim", caseId).then().statusCode(409)
                .body("detail", containsString("claimed by dana"));
        Api.as("sam", "sam-pass").contentType("application/json").body(Map.of())
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(409)
                .body("detail", containsString("claimed by dana"));
        Api.as("sam", "sam-pass").contentType("application/json").body(Map.of("reason", "not mine to answer"))
                .post("/api/drafts/{id}/escalate", draftId).then().statusCode(409)
                .body("detail", containsString("claimed by dana"));
        Api.as("sam", "sam-pass").delete("/api/cases/{id}/claim", caseId).then().statusCode(403);

        given().delete("/api/cases/{id}/claim", caseId).then().statusCode(204);
        Api.as("sam", "sam-pass").contentType("application/json")
                .body(Map.of("text", "Sorry about your seat, Casey. Tell the crew next time and they'll move you if there's a free seat."))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200).body("decidedBy", is("sam"));
    }

    @Test
    void aReplyWithNothingVisibleIsRefused() {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir is there wifi on the Oslo flight?"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
        given().contentType("application/json").body(Map.of("text", "\u200b\u200b\u2060 \u00a0"))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(422)
                .body("detail", containsString("nothing visible"));
        given().get("/api/drafts/{id}", draftId).then().body("status", is("PENDING"));
    }

    /** Once answered, the case page says how the first reply did instead of counting down; no raw timestamps. */
    @Test
    void anAnsweredCaseShowsItsSlaOutcomeAndReadableTimes() {
        String postId = Posts.newId();
        Map<String, Object> post = new HashMap<>(Posts.post(postId, "@LumenAir do you fly to Porto in winter?"));
        post.put("created_at", Instant.now().toString());
        long caseId = Posts.send(post);
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
        given().contentType("application/json").body(Map.of("text", "Yes, Casey: Porto is served all winter, daily."))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/cases/{id}", caseId).then()
                .body("turns[0].respondedAt", notNullValue()));

        String page = given().get("/cases/{id}", caseId).then().statusCode(200).extract().asString();
        assertTrue(page.matches("(?s).*first reply to the post of .{0,200}: met in \\d+ min.*"), "the SLA outcome");
        assertFalse(page.contains("class=\"due\""), "no countdown once answered");
        String shown = page.replaceAll("(datetime|data-due)=\"[^\"]*\"", "");
        assertFalse(shown.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), "a raw timestamp on the page");
    }

    @Test
    void queryAndPathValuesOfTheWrongKindAreBadRequests() {
        given().queryParam("status", "BOGUS").get("/api/drafts").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", "abc").get("/api/drafts").then().statusCode(400);
        given().get("/api/drafts/not-a-number").then().statusCode(400);
        given().get("/api/no-such-thing").then().statusCode(404);
    }

    @Test
    void theHolderHandsACaseToAnotherAgent() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir can I change my Lisbon flight to Friday?"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
        given().post("/api/cases/{id}/claim", caseId).then().statusCode(200);
        Api.as("kim", "kim-pass").contentType("application/json").body(Map.of("agent", "kim"))
                .post("/api/cases/{id}/assign", caseId).then().statusCode(409);
        given().contentType("application/json").body(Map.of("agent", "nobody-here"))
                .post("/api/cases/{id}/assign", caseId).then().statusCode(400);
        given().contentType("application/json").body(Map.of("agent", "kim"))
                .post("/api/cases/{id}/assign", caseId).then().statusCode(200).body("assignedTo", is("kim"));
        given().contentType("application/json").body(Map.of())
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(409);
        Api.as("kim", "kim-pass").contentType("application/json")
                .body(Map.of("text", "Hi Casey, changes depend on your fare; DM us and we'll move you to Friday."))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200);
    }

    @Test
    void theCasePageShowsTheThreadTheReasonsAndTheCitedPassages() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir my suitcase never arrived in Oslo on LU 220 <i>help</i>"));
        Queue.awaitDraftFor(postId);
        given().get("/cases/{id}", caseId).then().statusCode(200)
                .body(containsString("@casey_flyer"))
                .body(containsString("250 followers"))
                .body(containsString("&lt;i&gt;help&lt;/i&gt;"))
                .body(containsString("Why this priority"))
                .body(containsString("Knowledge-base passages the draft cites"))
                .body(containsString("baggage.md#"));
        given().get("/cases/987654321").then().statusCode(404);
    }

    @Test
    void aSupervisorMayStepIntoAClaimedCase() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir the lounge in T2 was closed at 6am, no sign"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
        given().post("/api/cases/{id}/claim", caseId).then().statusCode(200);
        Api.as("sue", "sue-pass").contentType("application/json").body(Map.of("reason", "duplicate of a DM thread"))
                .post("/api/drafts/{id}/reject", draftId).then().statusCode(200);
    }

    @Test
    void onlySupervisorsReadTheAuditTrail() {
        given().get("/api/audit").then().statusCode(403);
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir how do I add my Lumen Miles number?"));
        Queue.awaitDraftFor(postId);
        given().post("/api/cases/{id}/claim", caseId).then().statusCode(200);
        Api.as("sue", "sue-pass").queryParam("actor", "dana").get("/api/audit").then().statusCode(200)
                .body("find { it.caseId == " + caseId + " }.action", is("CLAIMED"));
    }

    @Test
    void adminsAddTeamMembersWhoCanThenSignIn() {
        Map<String, Object> member = Map.of("username", "lee" + System.nanoTime() % 100000,
                "password", "a-long-enough-password", "role", "AGENT");
        given().contentType("application/json").body(member).post("/api/admin/team").then().statusCode(403);
        Api.as("admin", "admin-pass").contentType("application/json").body(member)
                .post("/api/admin/team").then().statusCode(201).body("role", is("agent"))
                .body("$", not(hasKey("passwordHash")));
        Api.as((String) member.get("username"), "a-long-enough-password").get("/api/drafts").then().statusCode(200);
        Api.as("admin", "admin-pass").contentType("application/json").body(member)
                .post("/api/admin/team").then().statusCode(409);
        Api.as("admin", "admin-pass").contentType("application/json")
                .body(Map.of("username", "shorty", "password", "short", "role", "AGENT"))
                .post("/api/admin/team").then().statusCode(400);
    }

    @Test
    void theQueueFiltersByIntentAndSentiment() {
        String bag = Posts.newId();
        Posts.send(Posts.post(bag, "@LumenAir my suitcase is lost, third day without clothes, this is awful"));
        Queue.awaitDraftFor(bag);
        given().queryParam("intent", "BAGGAGE").queryParam("limit", 1000).get("/api/drafts").then().statusCode(200)
                .body("postId", hasItem(bag)).body("intent", everyItem(is("BAGGAGE")));
        given().queryParam("intent", "REWARDS").queryParam("limit", 1000).get("/api/drafts").then()
                .body("postId", not(hasItem(bag)));
        given().queryParam("sentiment", "NEGATIVE").queryParam("limit", 1000).get("/api/drafts").then()
                .body("sentiment", everyItem(is("NEGATIVE")));
        given().queryParam("intent", "NOT_AN_INTENT").get("/api/drafts").then().statusCode(400);
    }

    @Test
    void markupInAPostIsShownAsTextNeverRun() {
        String postId = Posts.newId();
        String hostile = "@LumenAir <script>alert('x')</script><img src=x onerror=alert(1)> my bag is lost";
        var post = new java.util.HashMap<>(Posts.post(postId, postId, hostile, "4100000000000000077",
                "casey_flyer", 250));
        post.put("author", Map.of("id", "4100000000000000077", "username", "casey_flyer",
                "name", "<svg onload=alert(2)>Casey", "followers_count", 250, "verified", false));
        long caseId = Posts.send(post);
        Queue.awaitDraftFor(postId);
        for (String page : new String[]{"/", "/cases/" + caseId}) {
            given().get(page).then().statusCode(200)
                    .body(not(containsString("<script>alert('x')</script>")))
                    .body(not(containsString("<img src=x onerror")))
                    .body(not(containsString("<svg onload")))
                    .body(containsString("&lt;script&gt;alert("));
        }
        given().get("/cases/{id}", caseId).then().body(containsString("&lt;svg onload=alert(2)&gt;Casey"));
    }

    @Test
    void whoIsViewingACaseIsShownUntilTheyLeaveOrGoQuiet() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir my connecting flight in Lisbon left without me"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();

        given().post("/api/cases/{id}/viewing", caseId).then().statusCode(200).body("viewers", empty());
        Api.as("sam", "sam-pass").post("/api/cases/{id}/viewing", caseId).then().statusCode(200)
                .body("viewers", contains("dana"));
        given().get("/api/drafts/{id}", draftId).then().body("viewers", contains("dana", "sam"));
        given().get("/").then().body(containsString("viewing: dana, sam"));
        Api.as("sam", "sam-pass").get("/cases/{id}", caseId).then().body(containsString("Also viewing: dana"));

        given().delete("/api/cases/{id}/viewing", caseId).then().statusCode(204);
        Api.as("sam", "sam-pass").post("/api/cases/{id}/viewing", caseId).then().body("viewers", empty());

        // A page that stops reporting (closed without a word, or its instance died) stops counting.
        given().post("/api/cases/{id}/viewing", caseId).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> CaseViewer.update("seenAt = ?1 where caseId = ?2 and username = ?3",
                Instant.now().minus(Duration.ofMinutes(5)), caseId, "dana"));
        given().get("/api/drafts/{id}", draftId).then().body("viewers", contains("sam"));
        given().post("/api/cases/987654321/viewing").then().statusCode(404);
    }

    @Test
    void theQueuePageFiltersByWhoHoldsTheCase() {
        String mine = Posts.newId();
        String kims = Posts.newId();
        long myCase = Posts.send(Posts.post(mine, "@LumenAir the seat I paid for on LU 401 was given away"));
        long kimsCase = Posts.send(Posts.post(kims, "@LumenAir do you sell gift cards for flights?"));
        long myDraft = ((Number) Queue.awaitDraftFor(mine).get("id")).longValue();
        long kimsDraft = ((Number) Queue.awaitDraftFor(kims).get("id")).longValue();
        given().post("/api/cases/{id}/claim", myCase).then().statusCode(200);
        Api.as("kim", "kim-pass").post("/api/cases/{id}/claim", kimsCase).then().statusCode(200);

        given().queryParam("claimedBy", "dana").get("/").then().statusCode(200)
                .body(containsString("data-draft-id=\"" + myDraft + "\""))
                .body(not(containsString("data-draft-id=\"" + kimsDraft + "\"")))
                .body(containsString("<option selected>dana</option>"));
        given().queryParam("claimedBy", "").get("/").then().statusCode(200)
                .body(containsString("data-draft-id=\"" + kimsDraft + "\""));
    }

    /** The queue shows each post's language and filters by it; a code that is not one is refused. */
    @Test
    void theQueueIsFilteredByThePostsLanguage() {
        String spanish = Posts.newId();
        Map<String, Object> post = new HashMap<>(Posts.post(spanish, "@LumenAir mi maleta no llegó a Madrid en el LU 215"));
        post.put("lang", "es");
        Posts.send(post);
        String english = Posts.newId();
        Posts.send(Posts.post(english, "@LumenAir my bag did not arrive in Madrid on LU 215"));
        Queue.awaitDraftFor(spanish);
        Queue.awaitDraftFor(english);

        given().queryParam("language", "es").queryParam("limit", 1000).get("/api/drafts").then().statusCode(200)
                .body("postId", hasItem(spanish)).body("postId", not(hasItem(english))).body("language", everyItem(is("es")));
        given().accept("text/html").queryParam("language", "es").get("/").then().statusCode(200)
                .body(containsString("mi maleta")).body(not(containsString("my bag did not arrive in Madrid")));
        given().queryParam("language", "Spanish!").get("/api/drafts").then().statusCode(400);
    }

    /** A case that needs no reply is closed with that reason, its draft dropped; the customer writing again opens it. */
    @Test
    void aCaseResolvedAsNoReplyNeededLeavesTheQueueUntilTheCustomerWritesAgain() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir landed in Faro, lovely crew on LU 884"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
        given().accept("text/html").get("/cases/{id}", caseId).then().body(containsString("Resolve: no reply needed"));

        given().body(Map.of("reason", "NO_REPLY_NEEDED")).post("/api/cases/{id}/resolve", caseId).then().statusCode(200)
                .body("status", is("CLOSED")).body("resolution", is("NO_REPLY_NEEDED"));
        given().get("/api/drafts/{id}", draftId).then().body("status", is("SUPERSEDED"));
        given().get("/api/cases/{id}", caseId).then().body("resolution", is("NO_REPLY_NEEDED"))
                .body("audit.find { it.action == 'CASE_RESOLVED' }.detail", is("no reply needed; 1 waiting draft(s) superseded"));
        given().accept("text/html").get("/cases/{id}", caseId).then().statusCode(200)
                .body(containsString("closed (no reply needed)")).body(not(containsString("Resolve: no reply needed")));
        given().body(Map.of("reason", "DUPLICATE")).post("/api/cases/{id}/resolve", caseId).then().statusCode(409);
        given().body(Map.of("reason", "SOMETIMES")).post("/api/cases/{id}/resolve", caseId).then().statusCode(400);

        String again = Posts.newId();
        Posts.send(Posts.post(again, postId, "@LumenAir oh and my bag is missing", "4100000000000000001", "casey_flyer", 250));
        given().get("/api/cases/{id}", caseId).then().body("status", is("OPEN")).body("resolution", nullValue());
        Queue.awaitDraftFor(again);
    }

    /** Notes are for the team: shown on the case, audited, and never posted. */
    @Test
    void aNoteIsKeptForTheTeamAndNeverPosted() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir my stroller was damaged on LU 330"));
        Queue.awaitDraftFor(postId);

        given().body(Map.of("text", "Called the Porto desk; they have the stroller. Booking ref in DM.")).post("/api/cases/{id}/notes", caseId)
                .then().statusCode(200).body("author", is("dana"));
        given().body(Map.of("text", " ")).post("/api/cases/{id}/notes", caseId).then().statusCode(400);
        given().body(Map.of("text", "x".repeat(2001))).post("/api/cases/{id}/notes", caseId).then().statusCode(400);
        given().get("/api/cases/{id}", caseId).then().body("notes[0].text", containsString("Porto desk"))
                .body("replies", hasSize(0)).body("audit.action", hasItem("NOTE_ADDED"));
        given().accept("text/html").get("/cases/{id}", caseId).then().body(containsString("Porto desk"))
                .body(containsString("https://x.com/casey_flyer/status/" + postId));
    }

    /** Tags are set on a case, and a search finds it by words, @handle, either spelling of a flight number, or tag. */
    @Test
    void casesAreTaggedAndFoundByWordsHandleFlightOrTag() {
        String postId = Posts.newId();
        String handle = "searcher" + System.nanoTime() % 100000;
        String flight = "LU " + (1000 + System.nanoTime() % 8000);
        long caseId = Posts.send(Posts.post(postId, postId, "@LumenAir my guitar case cracked on " + flight + " from Oslo",
                "4100000000000009" + System.nanoTime() % 1000, handle, 120));
        Queue.awaitDraftFor(postId);

        given().body(Map.of("tags", "Damaged-Bag, press")).put("/api/cases/{id}/tags", caseId).then().statusCode(200)
                .body("tags", is(List.of("damaged-bag", "press")));
        given().body(Map.of("tags", "no spaces allowed!")).put("/api/cases/{id}/tags", caseId).then().statusCode(400);
        given().get("/api/cases/{id}", caseId).then().body("tags", is(List.of("damaged-bag", "press")))
                .body("audit.find { it.action == 'TAGS_CHANGED' }.detail", is("none → damaged-bag, press"));

        for (String q : List.of("guitar case cracked", "@" + handle, flight, flight.replace(" ", ""), "damaged-bag")) {
            given().queryParam("q", q).get("/api/cases/search").then().statusCode(200)
                    .body("caseId", describedAs(q, hasItem((int) caseId)));
        }
        given().queryParam("q", "100%_nothing").get("/api/cases/search").then().statusCode(200).body("caseId", not(hasItem((int) caseId)));
        given().queryParam("q", " ").get("/api/cases/search").then().statusCode(400);
        given().accept("text/html").queryParam("q", "@" + handle).get("/search").then().statusCode(200)
                .body(containsString("/cases/" + caseId)).body(containsString("damaged-bag"));
    }
}
