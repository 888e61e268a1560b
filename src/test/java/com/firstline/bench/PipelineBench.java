package com.firstline.bench;

import com.firstline.drafting.Draft;
import com.firstline.ingest.IntakeService;
import com.firstline.ingest.MentionPayload;
import com.firstline.ingest.MentionResource;
import com.firstline.knowledge.Embeddings;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import dev.langchain4j.data.segment.TextSegment;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Replays the real airline posts of {@code airline-threads/pairs-dev.csv} through intake → triage
 * → offline drafting → review queue, in whichever set-up the subclass starts, and appends one row
 * to {@code target/pipeline-bench.md} ({@code bench/pipeline.sh} prints the table):
 * <ol>
 *   <li>all posts offered at once, in pages of 100 as the X poller takes them in: mentions queued per second, intake-to-queued latency, and the
 *       mean time of one triage and one drafting step with the number of steps (offers of work
 *       already done count too);</li>
 *   <li>posts offered at a steady 50 per second, one per intake call as over HTTP: intake-to-queued latency;</li>
 *   <li>the same texts embedded by the model alone (batches of 64, and one by one): the floor.</li>
 * </ol>
 * Latency is read from the database: the mention's {@code receivedAt} to its draft's
 * {@code createdAt} (to its triage for spam, which gets no draft). Peak RSS is the highest resident
 * set of this JVM sampled during the runs. {@code -Dbench.posts=N}, {@code -Dbench.paced-posts=N} and {@code -Dbench.warm-up=N}
 * shorten the runs.
 */
abstract class PipelineBench {

    static final Path REPORT = Path.of("target/pipeline-bench.md");
    private static final int INTAKE_THREADS = 2;
    /** Posts per intake call when all are offered at once: a page of X mentions, as the poller takes them in. */
    private static final int PAGE = 100;
    private static final int BATCH = 64;
    private static final double OFFERED_PER_SECOND = 50;

    @Inject
    IntakeService intake;

    @Inject
    Embeddings embeddings;

    @Inject
    MeterRegistry metrics;

    private long peakRss;

    /** The set-up, as the table's first column names it. */
    abstract String setUp();

    record Run(int mentions, double perSecond, List<Long> latenciesMs, String stageMs) {
        String percentiles() {
            return pct(0.50) + " / " + pct(0.95) + " / " + pct(0.99) + " ms";
        }

        private long pct(double q) {
            List<Long> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
        }
    }

    @Test
    void report() throws Exception {
        List<String> posts = Datasets.airlineCustomerPosts();
        posts = posts.subList(0, Math.min(posts.size(), Integer.getInteger("bench.posts", posts.size())));
        String loadBefore = load();
        // Warms the JIT up, so the runs below measure the service as it runs for hours. On 2 cores
        // the JIT compiler still took a quarter of the machine after 1,000 posts (JFR), hence 3,000.
        replay(posts.subList(0, Math.min(Integer.getInteger("bench.warm-up", 3000), posts.size())), 0);
        Run flat = replay(posts, 0);
        List<String> paced = posts.subList(0, Math.min(posts.size(), Integer.getInteger("bench.paced-posts", 1500)));
        Run steady = replay(paced, OFFERED_PER_SECOND);
        double batched = embeddingRate(posts, BATCH);
        double oneByOne = embeddingRate(posts.subList(0, Math.min(posts.size(), 2000)), 1);
        // Which way of embedding is faster depends on the CPU, so the ratio that counts divides by the better one.
        String row = String.format("| %s | %d | %.0f | %s | %s | %s | %d MB | %.0f / %.0f | %.2f / %.2f | **%.2f** | %s → %s |",
                setUp(), flat.mentions(), flat.perSecond(), flat.percentiles(), flat.stageMs(), steady.percentiles(),
                peakRss / (1024 * 1024), batched, oneByOne, flat.perSecond() / batched, flat.perSecond() / oneByOne,
                flat.perSecond() / Math.max(batched, oneByOne), loadBefore, load());
        System.out.println(row);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, row + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Offers the posts (all at once when {@code perSecond} is 0) and waits until each is in the queue. */
    private Run replay(List<String> texts, double perSecond) throws Exception {
        long base = System.currentTimeMillis() * 100_000L;
        AtomicLong lo = new AtomicLong(Long.MAX_VALUE);
        AtomicLong hi = new AtomicLong(Long.MIN_VALUE);
        Step triageBefore = step("triage");
        Step draftingBefore = step("drafting");
        ExecutorService pool = Executors.newFixedThreadPool(perSecond > 0 ? 1 : INTAKE_THREADS);
        long start = System.nanoTime();
        // Paced: one post per intake call, as over HTTP. All at once: pages, as the X poller takes them in.
        int perCall = perSecond > 0 ? 1 : PAGE;
        for (int first = 0; first < texts.size(); first += perCall) {
            if (perSecond > 0) {
                long due = start + (long) (first * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                sampleRss();
            }
            List<MentionPayload> page = IntStream.range(first, Math.min(texts.size(), first + perCall))
                    .mapToObj(i -> post(Long.toString(base + i), texts.get(i), i)).toList();
            pool.submit(() -> intake.receiveAll(MentionResource.PLATFORM, page).forEach(stored -> {
                lo.accumulateAndGet(stored.mentionId(), Math::min);
                hi.accumulateAndGet(stored.mentionId(), Math::max);
            }));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        while (queued(lo.get(), hi.get()) < texts.size()) {
            sampleRss();
            Thread.sleep(250);
        }
        Step triage = step("triage").since(triageBefore);
        Step drafting = step("drafting").since(draftingBefore);
        String stageMs = String.format("%.1f / %.1f ms (%d / %d steps of %.1f / %.1f mentions)", triage.meanMs(),
                drafting.meanMs(), triage.count(), drafting.count(), triage.meanBatch(), drafting.meanBatch());
        return QuarkusTransaction.requiringNew().call(() -> measured(lo.get(), hi.get(), stageMs));
    }

    /** Steps (batches) a stage has taken, their total time and the mentions they held, from its meters. */
    record Step(long count, double totalMs, double mentions) {
        Step since(Step before) {
            return new Step(count - before.count, totalMs - before.totalMs, mentions - before.mentions);
        }

        double meanMs() {
            return totalMs / Math.max(1, count);
        }

        double meanBatch() {
            return mentions / Math.max(1, count);
        }
    }

    private Step step(String stage) {
        Timer timer = metrics.find("firstline.stage").tag("stage", stage).timer();
        DistributionSummary batches = metrics.find("firstline.stage.batch").tag("stage", stage).summary();
        return timer == null || batches == null ? new Step(0, 0, 0)
                : new Step(timer.count(), timer.totalTime(TimeUnit.MILLISECONDS), batches.totalAmount());
    }

    private static MentionPayload post(String id, String text, int i) {
        String author = Integer.toString(1_000_000 + i);
        return new MentionPayload(id, text, author, id, Instant.now(), "en", List.of(), null,
                new MentionPayload.Author(author, "customer" + i, "Customer " + i, 100, false));
    }

    private static long queued(long lo, long hi) {
        return QuarkusTransaction.requiringNew().call(() ->
                Draft.count("mention.id between ?1 and ?2", lo, hi)
                        + Triage.count("intent = ?1 and mention.id between ?2 and ?3", Intent.SPAM, lo, hi));
    }

    private static Run measured(long lo, long hi, String stageMs) {
        List<Object[]> drafted = Draft.getEntityManager().createQuery(
                "select d.mention.receivedAt, d.createdAt from Draft d where d.mention.id between ?1 and ?2", Object[].class)
                .setParameter(1, lo).setParameter(2, hi).getResultList();
        List<Object[]> spam = Triage.getEntityManager().createQuery(
                "select t.mention.receivedAt, t.triagedAt from Triage t where t.intent = ?1 and t.mention.id between ?2 and ?3",
                Object[].class).setParameter(1, Intent.SPAM).setParameter(2, lo).setParameter(3, hi).getResultList();
        List<Object[]> all = new ArrayList<>(drafted);
        all.addAll(spam);
        Instant first = all.stream().map(r -> (Instant) r[0]).min(Instant::compareTo).orElseThrow();
        Instant last = all.stream().map(r -> (Instant) r[1]).max(Instant::compareTo).orElseThrow();
        List<Long> latencies = all.stream().map(r -> Duration.between((Instant) r[0], (Instant) r[1]).toMillis()).toList();
        return new Run(all.size(), all.size() / (Duration.between(first, last).toMillis() / 1000.0), latencies, stageMs);
    }

    /** Texts per second the model embeds (the words a post is embedded by), in batches of the given size. */
    private double embeddingRate(List<String> posts, int batch) {
        List<TextSegment> words = posts.stream().map(p -> TextSegment.from(Embeddings.wordsOf(p))).toList();
        long start = System.nanoTime();
        IntStream.iterate(0, i -> i < words.size(), i -> i + batch)
                .forEach(i -> embeddings.embedAll(words.subList(i, Math.min(words.size(), i + batch))));
        sampleRss();
        return words.size() / ((System.nanoTime() - start) / 1e9);
    }

    private void sampleRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    peakRss = Math.max(peakRss, Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException e) {
            peakRss = -1;
        }
    }

    private static String load() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
