package com.firstline.scaleout;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL database of the tests' own on 127.0.0.1:5432 (trust auth), created afresh for each
 * run, so other suites using the server at the same time are not disturbed. The fault tests make it
 * unreachable for a while by refusing connections to it and ending the open ones.
 */
public class OwnDatabase implements QuarkusTestResourceLifecycleManager {

    static final String SERVER = System.getProperty("firstline.test.postgres.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("firstline.test.postgres.user", "postgres");
    public static final String NAME = "firstline_scaleout";

    @Override
    public Map<String, String> start() {
        onServer("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)", "CREATE DATABASE " + NAME);
        return Map.of("FIRSTLINE_DB_URL", SERVER + NAME, "FIRSTLINE_DB_USER", USER);
    }

    /** From now on nobody can connect, and every open connection is cut. */
    public static void makeUnreachable() {
        onServer("ALTER DATABASE " + NAME + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + NAME + "'");
    }

    public static void makeReachable() {
        onServer("ALTER DATABASE " + NAME + " ALLOW_CONNECTIONS true");
    }

    private static void onServer(String... statements) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + SERVER + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        makeReachable();
    }
}
