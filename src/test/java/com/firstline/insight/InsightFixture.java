package com.firstline.insight;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Cases, posts, drafts and audit events written straight into the database, around the night
 * New York moved its clocks forward (2025-03-09), so that a figure bucketed by UTC day, by a
 * fixed offset, or with an end-inclusive range lands in the wrong day. Seen from New York, the
 * range 2025-03-08..2025-03-10 holds cases B, C, D, E and F; A is just before it and G just after.
 *
 * <pre>
 * case  opened (UTC)          NY day   intent   first reply   SLA (20 min)
 * A     2025-03-08T04:58Z     03-07    BAGGAGE  +1 min        (outside)
 * B     2025-03-08T05:00Z     03-08    BAGGAGE  +5 min        met
 * C     2025-03-09T04:59:59Z  03-08    BAGGAGE  +25 min       missed
 * D     2025-03-10T02:00Z     03-09    DELAY    +10 min       met
 * E     2025-03-10T04:30Z     03-10    DELAY    none          missed (deadline passed)
 * F     2025-03-11T03:59Z     03-10    BOOKING  +20 min       met (on the deadline)
 * G     2025-03-11T04:00Z     03-11    BOOKING  +1 min        (outside)
 * H     2025-03-09T15:00Z     03-09    SPAM     none          (left out)
 * </pre>
 */
final class InsightFixture {

    static final Duration SLA = Duration.ofMinutes(20);

    private final Connection db;
    private final Duration shift;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private int serial;

    private InsightFixture(Connection db, Duration shift) {
        this.db = db;
        this.shift = shift;
    }

    /** Writes the cases in the table above, moved later by {@code shift}. */
    static void insert(DataSource dataSource, Duration shift) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            new InsightFixture(db, shift).write();
        }
    }

    private void write() throws SQLException {
        long a = openCase("2025-03-08T04:58:00Z", 1);
        draft(a, "BAGGAGE", "NEGATIVE", "2025-03-08T04:58:00Z", "OFFLINE", "APPROVED", "dana", "2025-03-08T04:59:00Z");
        long b = openCase("2025-03-08T05:00:00Z", 5);
        draft(b, "BAGGAGE", "NEGATIVE", "2025-03-08T05:00:00Z", "OFFLINE", "APPROVED", "dana", "2025-03-08T05:05:00Z");
        draft(b, "BAGGAGE", "NEUTRAL", "2025-03-09T04:30:00Z", "OFFLINE", null, null, null);
        laterTurn(b, 2, "2025-03-09T04:30:00Z", 45); // a follow-up question, answered after its 30-minute target
        long c = openCase("2025-03-09T04:59:59Z", 25);
        long cDraft = draft(c, "BAGGAGE", "NEGATIVE", "2025-03-09T04:59:59Z", "LLM", null, null, null);
        edit(c, cDraft, "sam", "2025-03-09T05:24:59Z", "Hi Casey, your bag is on its way.\nafter: it was found.",
                "Hi Casey, your bag is on its way to Lisbon.");
        long d = openCase("2025-03-10T02:00:00Z", 10);
        long dDraft = draft(d, "DELAY", "NEGATIVE", "2025-03-10T02:00:00Z", "LLM", "ESCALATED", "dana",
                "2025-03-10T02:04:00Z");
        audit("sue", "APPROVED", d, dDraft, "2025-03-10T02:09:00Z", "text");
        long e = openCase("2025-03-10T04:30:00Z", null);
        draft(e, "DELAY", "POSITIVE", "2025-03-10T04:30:00Z", "OFFLINE", "REJECTED", "sam", "2025-03-10T04:40:00Z");
        long f = openCase("2025-03-11T03:59:00Z", 20);
        draft(f, "BOOKING", "NEUTRAL", "2025-03-11T03:59:00Z", "OFFLINE", "APPROVED", "dana", "2025-03-11T04:19:00Z");
        long g = openCase("2025-03-11T04:00:00Z", 1);
        draft(g, "BOOKING", "NEUTRAL", "2025-03-11T04:00:00Z", "OFFLINE", "APPROVED", "dana", "2025-03-11T04:01:00Z");
        long h = openCase("2025-03-09T15:00:00Z", null);
        draft(h, "SPAM", "NEUTRAL", "2025-03-09T15:00:00Z", "OFFLINE", null, null, null);
        audit("autopilot", "WOULD_AUTO_SEND", b, null, "2025-03-08T12:00:00Z", "shadow");
        audit("autopilot", "AUTO_SENT", d, null, "2025-03-09T12:00:00Z", "auto");
        audit("autopilot", "APPROVED", d, dDraft, "2025-03-09T12:00:00Z", "auto");
        audit("autopilot", "AUTO_SENT", e, null, "2025-03-10T12:00:00Z", "auto");
        audit("autopilot", "AUTO_RETRACTED", e, null, "2025-03-10T13:00:00Z", "wrong flight");
        audit("autopilot", "AUTO_SENT", g, null, "2025-03-11T04:30:00Z", "auto");
    }

    private Instant at(String instant) {
        return Instant.parse(instant).plus(shift);
    }

    private static OffsetDateTime sql(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private long openCase(String openedAt, Integer respondedAfterMinutes) throws SQLException {
        Instant opened = at(openedAt);
        Instant responded = respondedAfterMinutes == null ? null : opened.plus(Duration.ofMinutes(respondedAfterMinutes));
        String conversation = "9" + Math.abs((run + serial++).hashCode());
        return insert("""
                insert into support_case (platform, conversation_id, customer_id, customer_handle, customer_followers,
                  customer_verified, status, opened_at, first_response_due_at, first_responded_at, version)
                values ('x', ?, '42', 'casey', 10, false, 'OPEN', ?, ?, ?, 0)""",
                conversation, sql(opened), sql(opened.plus(SLA)), sql(responded));
    }

    /** A post in the case, its triage and its draft; with a decision when {@code action} is given. */
    private long draft(long caseId, String intent, String sentiment, String postedAt, String drafter, String action,
                       String agent, String decidedAt) throws SQLException {
        Instant posted = at(postedAt);
        long mention = insert("""
                insert into mention (platform, post_id, case_id, text, author_id, author_handle, conversation_id,
                  retweets, quotes, replies, likes, posted_at, received_at)
                values ('x', ?, ?, 'a post', '42', 'casey', 'c', 0, 0, 0, 0, ?, ?)""",
                "8" + Math.abs((run + serial++).hashCode()), caseId, sql(posted), sql(posted));
        insert("""
                insert into triage (mention_id, intent, intent_score, sentiment, sentiment_score, urgency_signals, reach,
                  priority, priority_reasons, triaged_at) values (?, ?, 0.9, ?, 0.9, '', 10, 20, '', ?)""",
                mention, intent, sentiment, sql(posted));
        long draft = insert("""
                insert into draft (case_id, mention_id, text, sources, confidence, needs_dm, drafted_by, warnings,
                  priority, status, created_at, version) values (?, ?, 'text', '', 0.8, false, ?, '', 20, ?, ?, 0)""",
                caseId, mention, drafter, action == null ? "PENDING" : action, sql(posted));
        if (action != null) {
            audit(agent, action, caseId, draft, decidedAt, "text");
        }
        return draft;
    }

    /** An edited approval, recorded the way the review service records it. */
    private void edit(long caseId, long draftId, String agent, String at, String before, String after)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update draft set text = ?, status = 'APPROVED' where id = ?")) {
            update.setString(1, after);
            update.setLong(2, draftId);
            update.executeUpdate();
        }
        audit(agent, "APPROVED_EDITED", caseId, draftId, at, "before: " + before + "\nafter: " + after);
    }

    /** A customer turn after the first, on a 30-minute next-response target. */
    private void laterTurn(long caseId, int number, String startedAt, Integer respondedAfterMinutes) throws SQLException {
        Instant started = at(startedAt);
        insert("insert into response_turn (case_id, turn_number, started_at, due_at, responded_at) values (?, ?, ?, ?, ?)",
                caseId, number, sql(started), sql(started.plus(Duration.ofMinutes(30))),
                sql(respondedAfterMinutes == null ? null : started.plus(Duration.ofMinutes(respondedAfterMinutes))));
    }

    private void audit(String actor, String action, long caseId, Long draftId, String at, String detail)
            throws SQLException {
        insert("insert into audit_event (occurred_at, actor, action, case_id, draft_id, detail) values (?, ?, ?, ?, ?, ?)",
                sql(at(at)), actor, action, caseId, draftId, detail);
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
