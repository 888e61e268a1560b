package com.firstline.insight;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insight API's figures against counts taken straight from the database with SQL, over New
 * York days across a clock change (see {@link InsightFixture} for the cases and why).
 */
@QuarkusTest
class InsightFiguresTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate FROM = LocalDate.parse("2025-03-08");
    private static final LocalDate TO = LocalDate.parse("2025-03-10");
    private static boolean inserted;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void insertOnce() throws Exception {
        if (!inserted) {
            InsightFixture.insert(dataSource, Duration.ZERO);
            inserted = true;
        }
    }

    private static JsonPath figures() {
        return given().queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .queryParam("zone", NEW_YORK.getId())
                .get("/api/insight").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void slaPerDayAndPerIntentMatchTheDatabase() throws Exception {
        JsonPath f = figures();
        assertEquals(List.of("2025-03-08", "2025-03-09", "2025-03-10"), f.getList("sla.byDay.key"));
        for (int i = 0; i < 3; i++) {
            LocalDate day = FROM.plusDays(i);
            String notSpam = " and not exists (select 1 from mention m join triage t on t.mention_id = m.id "
                    + "where m.case_id = c.id and t.intent = 'SPAM')";
            long met = count("select count(*) from support_case c where opened_at >= ? and opened_at < ?"
                    + " and first_responded_at <= first_response_due_at" + notSpam, start(day), start(day.plusDays(1)));
            long missed = count("select count(*) from support_case c where opened_at >= ? and opened_at < ?"
                    + " and (first_responded_at > first_response_due_at or (first_responded_at is null"
                    + " and first_response_due_at < current_timestamp))" + notSpam, start(day), start(day.plusDays(1)));
            assertEquals(met, f.getLong("sla.byDay[" + i + "].met"), "met on " + day);
            assertEquals(missed, f.getLong("sla.byDay[" + i + "].missed"), "missed on " + day);
        }
        // The same by hand: B met and C missed on the 8th, D met on the 9th, F met (on the deadline) and E missed on the 10th.
        assertEquals(List.of(1, 1, 1), f.getList("sla.byDay.met"));
        assertEquals(List.of(1, 0, 1), f.getList("sla.byDay.missed"));
        assertEquals(3, f.getInt("sla.total.met"));
        assertEquals(2, f.getInt("sla.total.missed"));
        assertEquals(60.0f, f.getFloat("sla.total.percentMet"));
        assertEquals(List.of("BAGGAGE", "BOOKING", "DELAY"), f.getList("sla.byIntent.key"));
        assertEquals(List.of(1, 1, 1), f.getList("sla.byIntent.met"));
        assertEquals(List.of(1, 0, 1), f.getList("sla.byIntent.missed"));
    }

    @Test
    void firstResponseMedianAndP90MatchTheDatabase() throws Exception {
        JsonPath f = figures();
        List<Long> seconds = longs("select datediff('SECOND', opened_at, first_responded_at) from support_case"
                + " where opened_at >= ? and opened_at < ? and first_responded_at is not null order by 1",
                start(FROM), start(TO.plusDays(1)));
        assertEquals(List.of(300L, 600L, 1200L, 1500L), seconds);
        assertEquals(4, f.getLong("firstResponse.answered"));
        assertEquals(1, f.getLong("firstResponse.unanswered"), "E has no reply yet; H is spam");
        assertEquals(600, f.getLong("firstResponse.medianSeconds"));
        assertEquals(1500, f.getLong("firstResponse.p90Seconds"));
        assertEquals(1200, f.getLong("firstResponse.targetSeconds"));
        List<Integer> histogram = f.getList("firstResponse.histogram.count");
        assertEquals(4, histogram.stream().mapToInt(Integer::intValue).sum());
        // 0-5, 5-10, 10-15, 15-20, 20-30 minutes: 20 minutes exactly is the first bucket past the target.
        assertEquals(List.of(0, 1, 1, 0, 2), histogram.subList(0, 5));
    }

    @Test
    void nextResponseIsCountedApartFromTheFirst() {
        JsonPath f = figures();
        assertEquals(1, f.getInt("nextResponse.answered"));
        assertEquals(45 * 60, f.getInt("nextResponse.medianSeconds"));
        assertEquals(30 * 60, f.getInt("nextResponse.targetSeconds"));
        assertEquals(1, f.getInt("nextResponseSla.missed"));
        assertEquals(0, f.getInt("nextResponseSla.met"));
        given().get("/insight?from=2025-03-08&to=2025-03-10&zone=America/New_York").then().statusCode(200)
                .body(containsString("Next response"));
    }

    @Test
    void volumeAndSentimentPerNewYorkDayMatchTheDatabase() throws Exception {
        JsonPath f = figures();
        for (int i = 0; i < 3; i++) {
            LocalDate day = FROM.plusDays(i);
            for (String intent : List.of("BAGGAGE", "DELAY", "BOOKING", "SPAM")) {
                long expected = count("select count(*) from mention m join triage t on t.mention_id = m.id"
                        + " where m.posted_at >= ? and m.posted_at < ? and t.intent = ?",
                        start(day), start(day.plusDays(1)), intent);
                List<Integer> series = f.getList("volumeByIntent.series." + intent);
                assertEquals(expected, series == null ? 0 : series.get(i), intent + " on " + day);
            }
        }
        assertEquals(List.of(3, 0, 0), f.getList("volumeByIntent.series.BAGGAGE"), "B's second post is on the 8th in New York");
        assertEquals(List.of(0, 1, 1), f.getList("volumeByIntent.series.DELAY"), "E is on the 10th after the clock change");
        assertEquals(List.of(2, 1, 0), f.getList("sentiment.series.NEGATIVE"));
        assertEquals(List.of(1, 0, 1), f.getList("sentiment.series.NEUTRAL"), "spam is left out of sentiment");
        assertEquals(List.of(0, 0, 1), f.getList("sentiment.series.POSITIVE"));
    }

    @Test
    void draftOutcomesWorkloadAndAutopilotMatchTheAuditTrail() throws Exception {
        JsonPath f = figures();
        Object[] range = {start(FROM), start(TO.plusDays(1))};
        String people = " and actor <> 'autopilot' and occurred_at >= ? and occurred_at < ?";
        assertEquals(count("select count(*) from audit_event where action = 'APPROVED'" + people, range),
                f.getLong("drafts.total.sentUnchanged"));
        assertEquals(count("select count(*) from audit_event where action = 'APPROVED_EDITED'" + people, range),
                f.getLong("drafts.total.edited"));
        assertEquals(count("select count(*) from audit_event where action = 'REJECTED'" + people, range),
                f.getLong("drafts.total.rejected"));
        assertEquals(count("select count(*) from audit_event where action = 'AUTO_SENT'"
                + " and occurred_at >= ? and occurred_at < ?", range), f.getLong("autopilot.autoSent"));
        // By hand: B and D (by sue, after dana escalated) unchanged, C edited, E rejected; F's approval is on the 11th.
        assertEquals(2, f.getLong("drafts.total.sentUnchanged"));
        assertEquals(1, f.getLong("drafts.total.edited"));
        assertEquals(1, f.getLong("drafts.total.rejected"));
        assertEquals(16.0f, f.getFloat("drafts.total.meanEditDistance"), "the draft text is recovered exactly");
        assertEquals(List.of("LLM", "OFFLINE"), f.getList("drafts.byDrafter.key"));
        assertEquals(List.of(1, 1), f.getList("drafts.byDrafter.sentUnchanged"));
        assertEquals(List.of(1, 0), f.getList("drafts.byDrafter.edited"));
        assertEquals(List.of(0, 1), f.getList("drafts.byDrafter.rejected"));
        assertEquals(List.of("BAGGAGE", "DELAY"), f.getList("drafts.byIntent.key"));

        List<Map<String, Object>> workload = f.getList("workload");
        assertEquals(List.of("dana", "sam", "sue"), workload.stream().map(a -> a.get("agent")).toList());
        assertEquals(List.of(2, 2, 1), workload.stream().map(a -> a.get("total")).toList());
        assertEquals(1, workload.get(0).get("escalated"));

        assertEquals(2, f.getLong("autopilot.autoSent"));
        assertEquals(3, f.getLong("autopilot.agentSent"), "the autopilot's own approval is not an agent's");
        assertEquals(40.0f, f.getFloat("autopilot.sharePercent"));
        assertEquals(1, f.getLong("autopilot.retracted"));
        assertEquals(1, f.getLong("autopilot.wouldAutoSend"));
        assertEquals(List.of(0, 1, 1), f.getList("autopilot.byDay.series.AUTO_SENT"));
        assertEquals("RETRACTION", f.getString("timeline[0].kind"));
        assertEquals("2025-03-10", f.getString("timeline[0].day"));
    }

    @Test
    void csvCarriesTheSameNumbers() {
        String csv = given().queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .queryParam("zone", NEW_YORK.getId()).get("/api/insight.csv")
                .then().statusCode(200).header("Content-Disposition", containsString("2025-03-08-to-2025-03-10"))
                .extract().asString();
        assertTrue(csv.startsWith(FiguresCsv.HEADER), csv);
        assertTrue(csv.contains("\nsla,,ALL,percent_met,60.0\n"), csv);
        assertTrue(csv.contains("\nsla_by_day,2025-03-10,,missed,1\n"), csv);
        assertTrue(csv.contains("\nfirst_response,,,median_seconds,600\n"), csv);
        assertTrue(csv.contains("\nvolume,2025-03-08,BAGGAGE,mentions,3\n"), csv);
        assertTrue(csv.contains("\nworkload,,sam,edited,1\n"), csv);
    }

    @Test
    void aRangeTheApiCannotReadIsABadRequest() {
        given().queryParam("from", "2025-03-10").queryParam("to", "2025-03-08").get("/api/insight")
                .then().statusCode(400).body("detail", containsString("before"));
        given().queryParam("from", "yesterday").get("/api/insight").then().statusCode(400);
        given().queryParam("zone", "Mars/Olympus").get("/api/insight").then().statusCode(400);
    }

    @Test
    void withoutARangeTheLastFortnightInUtcIsShown() {
        JsonPath f = given().get("/api/insight").then().statusCode(200).extract().jsonPath();
        assertEquals("UTC", f.getString("range.zone"));
        assertEquals(14, f.getList("sla.byDay").size());
    }

    @Test
    void editedTextIsRecoveredExactlyWhenTheDraftItselfMentionsAfter() {
        assertEquals("one\nafter: two", EditedText.before("before: one\nafter: two\nafter: three", "three"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(1, EditDistance.between("✈️ ok", "✈ ok"));
    }

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", FiguresCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"Autopilot reply retracted, case 4\"", FiguresCsv.cell("Autopilot reply retracted, case 4"));
        assertEquals("-12.5", FiguresCsv.cell("-12.5"));
        assertEquals("'@sam", FiguresCsv.cell("@sam"));
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(NEW_YORK).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private long count(String sql, Object... values) throws Exception {
        return longs(sql, values).get(0);
    }

    private List<Long> longs(String sql, Object... values) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getLong(1));
                }
            }
            return out;
        }
    }
}
