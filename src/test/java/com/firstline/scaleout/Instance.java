package com.firstline.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A Firstline process started from a build made by {@code mvn package} the way README tells
 * operators to run one, with its settings given as system properties: the production build
 * ({@code target/scaleout}) or the embedded default ({@code target/quarkus-app}). Its output goes
 * to {@code target/instances/<name>.log}. It can be killed without warning (SIGKILL), as a
 * crashed machine would be.
 */
final class Instance implements AutoCloseable {

    /**
     * Short waits, so a test sees recovery within minutes: the consumer group's session timeout,
     * the sweep's stalled-after and the publish claim lease (production keeps the defaults).
     * Incident detection is off: the tests' posts all arrive within seconds and would look like an outage.
     */
    static final Map<String, String> QUICK_RECOVERY = Map.of(
            "mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000",
            "mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000",
            "firstline.pipeline.stalled-after", "5s",
            "firstline.pipeline.sweep-every", "1s",
            "firstline.publish.claim-lease", "5s",
            "firstline.publish.retry-after", "1s",
            "firstline.incident.enabled", "false");

    /** The vectors the test JVMs kept (target/vector-store): a process embeds only what they have not. */
    private static final List<String> SHARED_VECTORS = List.of("-Dfirstline.knowledge.store=file",
            "-Dfirstline.knowledge.store-folder=" + Path.of("target/vector-store").toAbsolutePath());
    private static final Path SCALEOUT_BUILD = Path.of("target/scaleout/quarkus-run.jar");
    private static final Path EMBEDDED_BUILD = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration START = Duration.ofMinutes(2);
    /** it.instance.jvm-options, set by the pom: a quicker start for the ITs, the JVM's defaults for benchmarks. */
    private static final List<String> JVM_OPTIONS = Arrays.stream(System.getProperty("it.instance.jvm-options", "")
            .split("\\s+")).filter(option -> !option.isBlank()).toList();

    /**
     * The production build refuses to start without a session key; all instances of a test run
     * share this one, as instances behind one load balancer must.
     */
    private static final String SESSION_KEY = UUID.randomUUID() + "-" + UUID.randomUUID();

    private final String name;
    private final int port;
    private final Process process;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Instance(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a production process and returns once it is ready (readiness UP, Kafka connected
     * included). Its knowledge-base vectors come from the tests' file store rather than its fresh
     * database: what these tests kill and restart is the pipeline, and the database store has tests
     * of its own (VectorStoreTest), so no start spends seconds embedding the same texts again.
     */
    static Instance start(String name, Map<String, String> settings) {
        return startTogether(settings, name).get(0);
    }

    /**
     * Starts several production processes side by side (their starts overlap, which saves most of
     * a start each) and returns them, in the order named, once every one is ready.
     */
    static List<Instance> startTogether(Map<String, String> settings, String... names) {
        List<String> options = new ArrayList<>(List.of("-Dquarkus.profile=scaleout",
                "-Dquarkus.http.auth.session.encryption-key=" + SESSION_KEY));
        options.addAll(SHARED_VECTORS);
        return startAll(SCALEOUT_BUILD, options, settings, Path.of("."), names);
    }

    /**
     * Starts the embedded default in a working folder of its own, so its {@code ./data} (H2 file,
     * session key) is the test's, and returns once it is ready.
     */
    static Instance startEmbedded(String name, Path workDir, Map<String, String> settings) {
        String knowledgeBase = Path.of("knowledge-base").toAbsolutePath().toString();
        List<String> options = new ArrayList<>(List.of("-Dfirstline.knowledge.path=" + knowledgeBase));
        options.addAll(SHARED_VECTORS);
        return startAll(EMBEDDED_BUILD, options, settings, workDir, name).get(0);
    }

    /** Launches every process, then waits for each; if one fails to start, none is left running. */
    private static List<Instance> startAll(Path build, List<String> options, Map<String, String> settings,
                                           Path workDir, String... names) {
        List<Instance> launched = new ArrayList<>();
        try {
            for (String name : names) {
                launched.add(launch(name, build, options, settings, workDir));
            }
            launched.forEach(Instance::awaitReady);
            return launched;
        } catch (RuntimeException notReady) {
            launched.forEach(Instance::kill);
            throw notReady;
        }
    }

    /** Starts the process and returns at once; {@link #awaitReady()} waits for it. */
    private static Instance launch(String name, Path build, List<String> options, Map<String, String> settings,
                                   Path workDir) {
        if (!Files.exists(build)) {
            throw new IllegalStateException(build + " is missing: run mvn package first");
        }
        try {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-Dquarkus.http.port=" + port));
            command.addAll(JVM_OPTIONS);
            command.addAll(options);
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", build.toAbsolutePath().toString()));
            Path log = Files.createDirectories(Path.of("target/instances")).resolve(name + ".log");
            Process process = new ProcessBuilder(command).directory(Files.createDirectories(workDir).toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new Instance(name, port, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        await("instance " + name + " ready").atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " exited with " + process.exitValue()
                        + "; see target/instances/" + name + ".log");
            }
            try {
                return send(HttpRequest.newBuilder(uri("/q/health/ready")).build()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Signs in through the form, as a browser does, so later requests carry the session cookie. */
    void signIn(String username, String password) {
        HttpRequest login = HttpRequest.newBuilder(uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=" + password)).build();
        int status = call(login).statusCode();
        if (status >= 400) {
            throw new IllegalStateException("sign-in to " + name + " refused: " + status);
        }
    }

    /** Carries another instance's session cookie over, as a browser does behind a load balancer. */
    void shareSessionOf(Instance other) {
        other.cookies.getCookieStore().getCookies().forEach(cookie -> cookies.getCookieStore().add(uri("/"), cookie));
    }

    /** POSTs a JSON body; returns the status code. */
    int postJson(String path, String json) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build()).statusCode();
    }

    /** GETs a path and returns the body of a 200 answer. */
    String get(String path) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(uri(path)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " on " + name + ": " + response.statusCode());
        }
        return response.body();
    }

    /**
     * A sample of the instance's own metrics (/q/metrics) for one pipeline stage, e.g.
     * {@code firstline_stage_batch_sum} for "drafting": the mentions this instance drafted.
     */
    double stageMetric(String metric, String stage) {
        String body = get("/q/metrics");
        return body.lines().filter(line -> line.startsWith(metric + "{") && line.contains("stage=\"" + stage + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Ends the process at once, with no chance to finish or commit anything (SIGKILL). */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        kill();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
