package com.firstline.pipeline;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations build the same schema on H2 (embedded default) and on a real PostgreSQL
 * (127.0.0.1:5432, database "test", started by .ci/run), compared table by table, column by column.
 */
class MigrationsOnPostgresTest {

    private static final String PG_URL = System.getProperty("firstline.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("firstline.test.postgres.user", "postgres");
    private static final String H2_URL = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";

    @Test
    void migrationsBuildTheSameSchemaOnPostgresAndH2() throws Exception {
        String schema = "firstline_migration_" + System.nanoTime();
        try {
            assertTrue(migrate(Flyway.configure().dataSource(PG_URL, PG_USER, "").schemas(schema).createSchemas(true)));
            assertTrue(migrate(Flyway.configure().dataSource(H2_URL, "sa", "")));
            Set<String> onPostgres = columns(PG_URL, PG_USER, schema);
            Set<String> onH2 = columns(H2_URL, "sa", "PUBLIC");
            assertTrue(onPostgres.contains("mention.post_id"), onPostgres.toString());
            assertEquals(onH2, onPostgres);
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /**
     * V88 moves the busiest tables from identity columns to sequences that hand out fifty ids a
     * call: rows already there keep their ids, Hibernate's next block starts after them, and a row
     * inserted by hand takes its id from the same sequence.
     */
    @Test
    void idsFromSequencesComeAfterTheRowsAlreadyThere() throws Exception {
        String schema = "firstline_migration_" + System.nanoTime();
        try {
            migrate(Flyway.configure().dataSource(PG_URL, PG_USER, "").schemas(schema).createSchemas(true).target("87"));
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, ""); Statement sql = c.createStatement()) {
                sql.execute("SET search_path TO " + schema);
                for (int i = 0; i < 3; i++) {
                    sql.execute(INSERT_EVENT);
                }
                migrate(Flyway.configure().dataSource(PG_URL, PG_USER, "").schemas(schema));
                assertEquals(53, longOf(sql, "SELECT nextval('audit_event_seq')"),
                        "the first block (4 to 53) starts after the 3 rows");
                sql.execute(INSERT_EVENT);
                assertEquals(103, longOf(sql, "SELECT MAX(id) FROM audit_event"), "by hand: the next call's id");
            }
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static final String INSERT_EVENT =
            "INSERT INTO audit_event (occurred_at, actor, action) VALUES (CURRENT_TIMESTAMP, 'test', 'TEST')";

    private static long longOf(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean migrate(org.flywaydb.core.api.configuration.FluentConfiguration flyway) {
        return flyway.locations("classpath:db/migration").load().migrate().success;
    }

    /** "table.column" for every column of every table, lower case. */
    private static Set<String> columns(String url, String user, String schema) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
             ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                names.add((rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
