package com.firstline.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's simulated history (off in tests, so started here by hand for two small days): posts
 * go through the real pipeline and review service and end up on past days, decided.
 */
@QuarkusTest
class SimulatedHistoryTest {

    /** The simulated posts' ids: 77, the day and a number (other tests' random 19-digit ids can start with 77 too). */
    private static final String SIMULATED = "post_id like '77%' and length(post_id) = 12";


    @Inject
    SimulatedHistory history;

    @Inject
    DataSource dataSource;

    @Test
    void pastDaysFillWithDecidedCasesAndTheHistoryIsMadeOnce() throws Exception {
        int posts = history.simulateOnce(2, 4);
        assertTrue(posts >= 4, "posts sent: " + posts);
        assertEquals(0, history.simulateOnce(2, 4), "a second start simulates nothing");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonPath f = as("sue", "sue-pass").queryParam("from", today.minusDays(2).toString())
                .queryParam("to", today.minusDays(1).toString()).get("/api/insight")
                .then().statusCode(200).extract().jsonPath();
        Map<String, List<Integer>> volume = f.getMap("volumeByIntent.series");
        long mentions = volume.values().stream().flatMap(List::stream).mapToLong(Integer::longValue).sum();
        assertTrue(mentions >= posts, "the simulated posts are on those days, beside other tests' posts");
        long decided = f.getLong("drafts.total.sentUnchanged") + f.getLong("drafts.total.edited")
                + f.getLong("drafts.total.rejected") + f.getLong("autopilot.autoSent");
        assertTrue(decided > 0, "drafts were decided on those days");
        assertTrue(f.getLong("firstResponse.answered") > 0, "replies were sent on those days");

        try (Connection db = dataSource.getConnection(); PreparedStatement sql = db.prepareStatement(
                "select count(*) from mention where " + SIMULATED + " and posted_at >= ? and posted_at < ?")) {
            sql.setObject(1, today.minusDays(2).atStartOfDay().atOffset(ZoneOffset.UTC));
            sql.setObject(2, today.atStartOfDay().atOffset(ZoneOffset.UTC));
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                assertEquals(posts, rows.getLong(1), "every simulated post is on one of the two past days");
            }
        }
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select c.id, c.opened_at, c.first_responded_at from support_case c"
                     + " join mention m on m.case_id = c.id where m." + SIMULATED
                     + " and (c.first_responded_at < c.opened_at or c.first_responded_at > c.opened_at + interval '2' hour)")) {
            List<String> late = new ArrayList<>();
            while (rows.next()) {
                late.add("case " + rows.getLong(1) + " opened " + rows.getObject(2) + " answered " + rows.getObject(3));
            }
            // Posts are written up to 22:00 on past days, so a reply left at "now" would be hours late.
            assertEquals(List.of(), late, "first replies are moved back to within 90 minutes of the post");
        }
    }
}
