package com.firstline.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.firstline.drafting.PostLength;
import com.firstline.drafting.ProposedReply;
import com.firstline.drafting.ReplyContext;
import com.firstline.knowledge.Embeddings;
import com.firstline.support.OfflineDrafts;
import com.firstline.triage.Intent;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline drafter measured on real airline posts and on the hand-labelled rubric. Not part of
 * the normal test run (tag "bench"); run it with {@code ./mvnw -B test -Pbench}. Prints tables.
 * {@code -Dbench.pairs=N} limits the number of real posts read (default: all).
 */
@QuarkusTest
@Tag("bench")
class DraftingBench {

    static final Path PAIRS = Path.of("../shared/datasets/airline-threads/pairs-dev.csv");
    static final String HANDLE = "customer";

    @Inject
    OfflineDrafts drafts;

    @Inject
    Embeddings embeddings;

    record Pair(String post, String agentReply) {
    }

    record Drafted(ReplyContext context, ProposedReply reply, List<String> problems) {
    }

    @Test
    void report() throws IOException {
        if (Files.exists(PAIRS)) {
            realPosts(readPairs(Integer.getInteger("bench.pairs", Integer.MAX_VALUE)));
        } else {
            System.out.println("No " + PAIRS + ": skipping the real posts");
        }
        rubric();
    }

    private void realPosts(List<Pair> pairs) {
        long start = System.nanoTime();
        List<ReplyContext> ready = new ArrayList<>();
        List<Pair> kept = new ArrayList<>();
        for (Pair pair : pairs) {
            ReplyContext context = drafts.context(HANDLE, null, pair.post());
            if (context.intent() != Intent.SPAM) {
                ready.add(context);
                kept.add(pair);
            }
        }
        double prepareSeconds = seconds(start);
        start = System.nanoTime();
        List<ProposedReply> replies = ready.stream().map(drafts::draft).toList();
        double draftSeconds = seconds(start);
        List<Drafted> drafted = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            drafted.add(new Drafted(ready.get(i), replies.get(i), drafts.problems(ready.get(i), replies.get(i))));
        }
        printRealPosts(pairs.size(), kept, drafted, prepareSeconds, draftSeconds);
    }

    private void printRealPosts(int read, List<Pair> kept, List<Drafted> drafted, double prepare, double draft) {
        int n = drafted.size();
        long passing = drafted.stream().filter(d -> d.problems().isEmpty()).count();
        long citing = drafted.stream().filter(d -> !d.reply().sources().isEmpty()).count();
        double similarity = 0;
        for (int i = 0; i < n; i++) {
            similarity += CosineSimilarity.between(embeddings.embed(drafted.get(i).reply().text()),
                    embeddings.embed(kept.get(i).agentReply()));
        }
        List<Integer> lengths = new ArrayList<>(drafted.stream()
                .map(d -> PostLength.of(HANDLE, d.reply().text())).toList());
        Collections.sort(lengths);
        System.out.println();
        System.out.println("Offline drafter on " + PAIRS + " (real posts, real agent replies)");
        row("posts read", read);
        row("drafted (spam skipped)", n);
        row("pass every reply check", pct(passing, n));
        row("flagged for a human", pct(n - passing, n));
        row("unflagged drafts passing the checks", passing == 0 ? "n/a" : "100.0 % (" + passing + ")");
        row("cite a knowledge-base source", pct(citing, n));
        row("mean similarity to agent reply", String.format("%.3f", similarity / Math.max(1, n)));
        row("length min / p50 / p90 / max", lengths.isEmpty() ? "n/a" : lengths.get(0) + " / "
                + at(lengths, 0.5) + " / " + at(lengths, 0.9) + " / " + lengths.get(lengths.size() - 1));
        row("offline drafts/s (drafter only)", String.format("%.0f", n / draft));
        row("drafts/s incl. triage + retrieval", String.format("%.0f", n / (prepare + draft)));
        Map<String, Integer> why = new TreeMap<>();
        drafted.forEach(d -> d.problems().forEach(p -> why.merge(p.replaceAll("[:(].*", ""), 1, Integer::sum)));
        why.forEach((problem, count) -> row("  flagged: " + problem, count));
    }

    private void rubric() throws IOException {
        Rubric rubric = Rubric.load();
        int passed = 0;
        System.out.println();
        System.out.println("Rubric " + Rubric.FILE + " (" + rubric.cases().size() + " hand-labelled posts)");
        for (Rubric.Case c : rubric.cases()) {
            ReplyContext context = drafts.context("traveller", c.name(), c.post());
            ProposedReply reply = drafts.draft(context);
            List<String> misses = c.misses(reply.text(), reply.sources(), drafts.problems(context, reply));
            if (misses.isEmpty()) {
                passed++;
            } else {
                System.out.println("  MISS " + c.post() + "\n       -> " + reply.text() + "\n       " + misses);
            }
        }
        row("rubric cases passing", pct(passed, rubric.cases().size()));
        assertTrue(rubric.cases().size() >= 50, "the rubric has at least 50 posts");
    }

    private static List<Pair> readPairs(int limit) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Pair> pairs = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema)
                .readValues(PAIRS.toFile())) {
            while (rows.hasNext() && pairs.size() < limit) {
                Map<String, String> row = rows.next();
                String post = row.get("customer_tweet").replace("__company__", "").strip();
                String reply = row.get("agent_reply").replace("__cust__", "").replaceAll("\\*\\w+\\s*$", "").strip();
                if (!post.isBlank()) {
                    pairs.add(new Pair(post, reply));
                }
            }
        }
        return pairs;
    }

    private static void row(String name, Object value) {
        System.out.printf("| %-40s | %22s |%n", name, value);
    }

    private static String pct(long part, long whole) {
        return String.format("%.1f %% (%d)", 100.0 * part / Math.max(1, whole), part);
    }

    private static int at(List<Integer> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
