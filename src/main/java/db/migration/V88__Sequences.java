package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The pipeline's busiest tables take their ids from sequences instead of identity columns, so
 * Hibernate can reserve ids fifty at a time and batch its inserts (an identity id is known only
 * after its row's own insert). Each sequence starts after the table's highest id; the column's
 * default becomes the sequence, so a row inserted by hand gets an id no reservation holds. A Java
 * migration because the start value is read from the table, which PostgreSQL and H2 cannot both
 * do in SQL.
 */
public class V88__Sequences extends BaseJavaMigration {

    /** Hibernate's allocation size; each call to the sequence reserves this many ids. */
    static final int STEP = 50;

    /** Tables and their sequences, named as Hibernate names a table's ({@code <table>_seq}). */
    static final List<List<String>> TABLES = List.of(
            List.of("mention", "mention_seq"),
            List.of("triage", "triage_seq"),
            List.of("draft", "draft_seq"),
            List.of("reply", "reply_seq"),
            List.of("support_case", "support_case_seq"),
            List.of("response_turn", "response_turn_seq"),
            List.of("audit_event", "audit_event_seq"),
            List.of("autopilot_decision", "autopilot_decision_seq"));

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().contains("PostgreSQL");
        try (Statement sql = context.getConnection().createStatement()) {
            for (List<String> table : TABLES) {
                move(sql, table.get(0), table.get(1), postgres);
            }
        }
    }

    private static void move(Statement sql, String table, String sequence, boolean postgres) throws SQLException {
        long highest;
        try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            max.next();
            highest = max.getLong(1);
        }
        // Hibernate's pooled ids: a call that returns n hands out n-49 to n, so the first call must
        // return the highest id plus a whole step.
        sql.execute("CREATE SEQUENCE " + sequence + " START WITH " + (highest + STEP) + " INCREMENT BY " + STEP);
        sql.execute("ALTER TABLE " + table + " ALTER COLUMN id DROP IDENTITY");
        sql.execute("ALTER TABLE " + table + " ALTER COLUMN id SET DEFAULT "
                + (postgres ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence));
    }
}
