package com.firstline.review;

import com.firstline.drafting.MacroExample;
import com.firstline.publish.Reply;
import com.firstline.support.Api;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Macros through the pipeline and the workspace API: a safety report escalated to the top with
 * its holding reply, a post no macro fits waiting as "needs a reply" until an agent picks a
 * macro, an unchanged approval teaching the macro its post, and a supervisor saving a reply.
 */
@QuarkusTest
class MacroWorkspaceTest {

    private static Map<String, Object> draftFor(String text) {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, text));
        return Queue.awaitDraftFor(postId);
    }

    private static long id(Map<String, Object> draft) {
        return ((Number) draft.get("id")).longValue();
    }

    @Test
    void aSafetyReportIsEscalatedToTheTopOfTheQueueWithAHoldingReply() {
        Map<String, Object> draft = draftFor("@LumenAir burning smell in the cabin on LU 482, getting stronger, should we be worried??");

        assertEquals("ESCALATED", draft.get("status"));
        assertEquals(101, draft.get("priority"));
        assertTrue(((String) draft.get("macroId")).startsWith("safety-"), draft.toString());
        assertTrue(((String) draft.get("statusReason")).startsWith("Safety report"), draft.toString());
        assertTrue(((String) draft.get("text")).contains("crew"), draft.toString());
        List<Integer> priorities = given().get("/api/drafts?limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("priority", Integer.class);
        assertEquals(101, priorities.get(0), "the safety report heads the queue");
        given().body(Map.of()).post("/api/drafts/{id}/approve", id(draft)).then().statusCode(403);
    }

    @Test
    void aPostNoMacroFitsNeedsAReplyUntilAnAgentPicksAMacro() {
        Map<String, Object> draft = draftFor("@LumenAir Quarterly corporate tax filings for Delaware entities are due on the fifteenth");
        long draftId = id(draft);
        assertEquals(Boolean.TRUE, draft.get("needsReply"));
        assertEquals("", draft.get("text"));
        List<Map<String, Object>> closest = (List<Map<String, Object>>) draft.get("alternatives");
        assertEquals(3, closest.size());

        given().body(Map.of()).post("/api/drafts/{id}/approve", draftId).then().statusCode(422)
                .body("detail", containsString("needs a reply"));
        given().body(Map.of("macroId", "no-such-macro")).post("/api/drafts/{id}/macro", draftId).then().statusCode(404);
        String wifi = given().get("/api/macros?q=wifi").then().statusCode(200)
                .body("id", hasItem("onboard-wifi-not-working")).extract().jsonPath().getString("[0].id");
        Map<String, Object> picked = given().body(Map.of("macroId", wifi, "version", draft.get("version")))
                .post("/api/drafts/{id}/macro", draftId).then().statusCode(200)
                .body("macroId", is(wifi)).body("needsReply", is(false)).body("status", is("PENDING"))
                .extract().jsonPath().getMap("$");
        assertFalse(((String) picked.get("text")).isBlank());
        given().body(Map.of()).post("/api/drafts/{id}/approve", draftId).then().statusCode(200);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Reply.count("draft.id", draftId)));
    }

    @Test
    void aMacroReplySentUnchangedTeachesTheMacroItsPostAndAnEditedOneDoesNot() {
        Map<String, Object> unchanged = draftFor("@LumenAir how heavy can my carry on be for the Lisbon flight tmrw");
        Map<String, Object> edited = draftFor("@LumenAir whats the weight limit for hand luggage on LU 310");
        String macro = (String) unchanged.get("macroId");
        assertNotNull(macro, unchanged.toString());

        given().body(Map.of()).post("/api/drafts/{id}/approve", id(unchanged)).then().statusCode(200);
        given().body(Map.of("text", "Hi! Your cabin bag can weigh up to 8 kg on every fare."))
                .post("/api/drafts/{id}/approve", id(edited)).then().statusCode(200);

        List<MacroExample> learned = QuarkusTransaction.requiringNew().call(() ->
                MacroExample.<MacroExample>list("draftId in ?1", List.of(id(unchanged), id(edited))));
        assertEquals(1, learned.size());
        assertEquals(macro, learned.get(0).macroId);
        assertEquals(id(unchanged), learned.get(0).draftId);
        assertTrue(learned.get(0).text.contains("carry on"));

        // The dashboard counts each macro's outcomes: this one was sent unchanged at least once.
        Api.as("sue", "sue-pass").get("/api/insight").then().statusCode(200)
                .body("drafts.byMacro.find { it.key == '" + macro + "' }.sentUnchanged", greaterThanOrEqualTo(1));
    }

    @Test
    void aSupervisorSavesAnEditedReplyAsANewMacroThatAgentsThenFind() {
        Map<String, Object> draft = draftFor("@LumenAir can I bring my surfboard on the Porto flight");
        long draftId = id(draft);
        given().body(Map.of("text", "Hi! Surfboards fly as checked bags if they fit the size rules; DM us your booking and we'll add it."))
                .post("/api/drafts/{id}/approve", draftId).then().statusCode(200);

        given().body(Map.of("draftId", draftId, "title", "Surfboard questions")).post("/api/macros").then().statusCode(403);
        Api.as("sue", "sue-pass").body(Map.of("draftId", draftId)).post("/api/macros").then().statusCode(400)
                .body("detail", containsString("title"));
        Api.as("sue", "sue-pass").body(Map.of("draftId", draftId, "title", "Surfboard questions")).post("/api/macros")
                .then().statusCode(200).body("id", startsWith("saved-")).body("title", is("Surfboard questions"));
        given().get("/api/macros?q=surfboard").then().statusCode(200).body("title", hasItem("Surfboard questions"));
    }
}
