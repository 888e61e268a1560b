package com.firstline.pipeline;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same migrations the embedded H2 runs, applied to a real PostgreSQL (127.0.0.1:5432, database
 * "test", started by .ci/run) in a throwaway schema.
 */
class MigrationsOnPostgresTest {

    private static final String URL = System.getProperty("firstline.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("firstline.test.postgres.user", "postgres");

    @Test
    void migrationsApplyCleanlyOnPostgres() throws Exception {
        String schema = "firstline_migration_" + System.nanoTime();
        try {
            var result = Flyway.configure().dataSource(URL, USER, "").schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration").load().migrate();
            assertEquals(true, result.success);
            assertEquals(List.of("audit_event", "draft", "flyway_schema_history", "mention", "reply", "support_case",
                    "triage", "x_mention_cursor"), tables(schema));
        } finally {
            try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static List<String> tables(String schema) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, USER, "");
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.sort(String::compareTo);
        return names;
    }
}
