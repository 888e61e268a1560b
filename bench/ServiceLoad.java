import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for a running Firstline service from outside, as production sees it: posts the customer
 * posts of airline-threads/pairs-dev.csv to POST /api/mentions (handles replaced by @LumenAir),
 * waits until drafting has seen every one, and prints one Markdown row: mentions/s, intake-to-queue
 * latency percentiles (from the service's own histogram, so each is the upper bound of its
 * bucket), and the service process's peak and current resident memory (VmHWM, VmRSS).
 *
 * <p>Run with the JDK alone: {@code java bench/ServiceLoad.java URL PID CSV POSTS PER_SECOND LABEL}
 * (PER_SECOND 0 = all at once). bench/service.sh starts the service and calls it.
 */
public class ServiceLoad {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(\\{[^}]*})? ([0-9.eE+-]+)$");
    // Signed in once through the form, then the session cookie: HTTP Basic would check the
    // password's bcrypt hash on every request, which costs more than the post's whole triage.
    private static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        List<String> posts = customerPosts(Path.of(args[2]));
        posts = posts.subList(0, Math.min(posts.size(), Integer.parseInt(args[3])));
        double perSecond = Double.parseDouble(args[4]);
        String label = args[5];

        signIn(base);
        Map<String, Double> before = metrics(base);
        long start = System.nanoTime();
        post(base, posts, perSecond);
        double drafted = before.getOrDefault("firstline_stage_batch_sum{stage=\"drafting\"}", 0.0) + posts.size();
        Map<String, Double> after = metrics(base);
        while (after.getOrDefault("firstline_stage_batch_sum{stage=\"drafting\"}", 0.0) < drafted) {
            TimeUnit.MILLISECONDS.sleep(200);
            after = metrics(base);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %.0f | %s | %s | %s |%n", label, posts.size(),
                perSecond > 0 ? String.format(Locale.ROOT, "%.0f/s", perSecond) : "all at once",
                posts.size() / seconds, percentiles(before, after), memory(pid, "VmHWM"), memory(pid, "VmRSS"));
    }

    /** Posts every text, from 4 requests in flight at most, paced when {@code perSecond} > 0. */
    private static void post(String base, List<String> texts, double perSecond) throws Exception {
        long id = System.currentTimeMillis() * 100_000L;
        Semaphore inFlight = new Semaphore(4);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            if (perSecond > 0) {
                long wait = start + (long) (i * 1e9 / perSecond) - System.nanoTime();
                TimeUnit.NANOSECONDS.sleep(Math.max(0, wait));
            }
            inFlight.acquire();
            String postId = Long.toString(id + i);
            String author = Integer.toString(1_000_000 + i);
            String json = String.format(Locale.ROOT, "{\"id\":\"%s\",\"text\":%s,\"author_id\":\"%s\",\"conversation_id\":"
                            + "\"%s\",\"created_at\":\"%s\",\"referenced_tweets\":[],\"author\":{\"id\":\"%s\","
                            + "\"username\":\"customer%d\",\"name\":\"Customer %d\",\"followers_count\":100,\"verified\":false}}",
                    postId, quoted(texts.get(i)), author, postId, Instant.now(), author, i, i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/mentions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            sent.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                inFlight.release();
                if (error != null || response.statusCode() != 201) {
                    System.err.println("Not taken in: " + (error != null ? error : response.statusCode() + " " + response.body()));
                }
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    /** p50 / p95 / p99 of intake → queue over the run, from the histogram's bucket counts. */
    private static String percentiles(Map<String, Double> before, Map<String, Double> after) {
        TreeMap<Double, Double> counts = new TreeMap<>();
        after.forEach((name, value) -> {
            Matcher le = Pattern.compile("firstline_mention_queued_latency_seconds_bucket\\{le=\"([^\"]+)\"}").matcher(name);
            if (le.matches() && !le.group(1).equals("+Inf")) {
                counts.put(Double.parseDouble(le.group(1)), value - before.getOrDefault(name, 0.0));
            }
        });
        double total = counts.isEmpty() ? 0 : counts.lastEntry().getValue();
        return String.format(Locale.ROOT, "≤ %s / ≤ %s / ≤ %s ms", bound(counts, total * 0.50), bound(counts, total * 0.95),
                bound(counts, total * 0.99));
    }

    private static String bound(TreeMap<Double, Double> cumulative, double rank) {
        return cumulative.entrySet().stream().filter(e -> e.getValue() >= rank).findFirst()
                .map(e -> String.format(Locale.ROOT, "%.0f", e.getKey() * 1000)).orElse("?");
    }

    private static void signIn(String base) throws IOException, InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                        + URLEncoder.encode(System.getenv("FIRSTLINE_ADMIN_PASSWORD"), StandardCharsets.UTF_8))).build();
        int status = HTTP.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 400) {
            throw new IllegalStateException("Sign-in refused: " + status);
        }
    }

    private static Map<String, Double> metrics(String base) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build();
        Map<String, Double> values = new TreeMap<>();
        for (String line : HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (m.matches()) {
                values.merge(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)), Double::sum);
            }
        }
        return values;
    }

    private static String memory(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB";
            }
        }
        return "?";
    }

    /** The customer_tweet column of a CSV file with quoted fields that may hold commas, quotes and line breaks. */
    private static List<String> customerPosts(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String text = Files.readString(csv);
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        int column = rows.get(0).indexOf("customer_tweet");
        return rows.subList(1, rows.size()).stream().filter(r -> r.size() > column)
                .map(r -> r.get(column).replace("__company__", "@LumenAir")).toList();
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
