package com.firstline.review;

import com.firstline.cases.Case;
import com.firstline.ingest.Mention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cases by what an agent remembers of them: words of a post, the customer's @handle, a
 * flight number (written "LU 215" or "LU215") or a tag. Newest first.
 */
@ApplicationScoped
public class CaseSearch {

    private static final Pattern FLIGHT = Pattern.compile("([a-z]{2})\\s?(\\d{1,4})");

    /** A case found: enough to recognise it and open it. */
    public record Hit(long caseId, String handle, String status, String resolution, List<String> tags, Instant openedAt,
                      String latestPost) {
    }

    public List<Hit> search(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<String> texts = spellings(q);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Case> found = Case.<Case>find(
                            "select c from Case c where lower(c.customerHandle) = :handle or c.tags like :tag escape '!'"
                                    + " or exists (select m.id from Mention m where m.supportCase = c and"
                                    + " (lower(m.text) like :text escape '!' or lower(m.text) like :other escape '!'))"
                                    + " order by c.openedAt desc",
                            Parameters.with("handle", q.startsWith("@") ? q.substring(1) : q)
                                    .and("tag", "%," + escaped(q) + ",%").and("text", "%" + escaped(texts.get(0)) + "%")
                                    .and("other", "%" + escaped(texts.get(texts.size() - 1)) + "%"))
                    .page(0, limit).list();
            // One read for the threads of every case found, not one per case.
            Map<Long, List<Mention>> threads = Mention.threads(found.stream().map(c -> c.id).toList());
            return found.stream().map(c -> hit(c, threads.getOrDefault(c.id, List.of()))).toList();
        });
    }

    private static Hit hit(Case c, List<Mention> thread) {
        return new Hit(c.id, c.customerHandle, c.status.name(), c.resolution == null ? null : c.resolution.name(),
                c.tagList(), c.openedAt, thread.isEmpty() ? null : thread.get(thread.size() - 1).text);
    }

    /** The query as typed, and a flight number's other spelling (with or without the space). */
    private static List<String> spellings(String q) {
        List<String> spellings = new ArrayList<>(List.of(q));
        Matcher flight = FLIGHT.matcher(q);
        if (flight.matches()) {
            spellings.add(q.contains(" ") ? flight.group(1) + flight.group(2) : flight.group(1) + " " + flight.group(2));
        }
        return spellings;
    }

    /** LIKE's own characters taken literally (the queries use ! as their escape). */
    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
