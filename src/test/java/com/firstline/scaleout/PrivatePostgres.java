package com.firstline.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own: a fresh cluster (initdb, trust auth) in a temporary
 * folder, on a free port, run with the machine's PostgreSQL binaries. A test may crash it and
 * start it again, as a failed database machine would be restarted, without touching the server
 * other suites use. PostgreSQL refuses to run as root, so as root the binaries run as the
 * {@code postgres} user.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    static PrivatePostgres start() {
        try {
            Path data = Files.createTempDirectory("firstline-postgres");
            if (ROOT) {
                run(List.of("chown", "postgres", data.toString()));
            }
            PrivatePostgres server = new PrivatePostgres(binaries(), data, Instance.freePort());
            server.pg("initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "--no-sync");
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Kills the server without a clean shutdown (as a crash would), then starts it again. */
    void crashAndRestart() {
        pg("pg_ctl", "-D", data.toString(), "stop", "-m", "immediate", "-w");
        startServer();
    }

    @Override
    public void close() {
        pg("pg_ctl", "-D", data.toString(), "stop", "-m", "immediate", "-w");
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startServer() {
        pg("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "start",
                "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off");
    }

    private void pg(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The newest PostgreSQL installed (Debian keeps each major version under /usr/lib/postgresql). */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql"));
        }
    }
}
