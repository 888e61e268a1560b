package com.firstline.drafting;

import com.firstline.knowledge.Embeddings;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.KnowledgeReindexed;
import com.firstline.knowledge.Macro;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Every reply macro with the example posts it is chosen by: the support lead's files, plus what
 * the team taught it (posts answered with it unchanged, replies a supervisor saved). Read from the
 * knowledge base and the database on first use, and again after a re-index.
 */
@ApplicationScoped
public class MacroLibrary {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Embeddings embeddings;

    /** A macro and its example posts' vectors; the list grows as the team teaches it. */
    private record Entry(Macro macro, List<Embedding> examples) {
    }

    private volatile Map<String, Entry> entries;

    void onReindexed(@Observes KnowledgeReindexed reindexed) {
        reload();
    }

    /** Reads the macros again on next use: after a re-index, or when a supervisor saved one. */
    public void reload() {
        entries = null;
    }

    /** Every macro, closest to the post first; a macro of the triaged intent gets the prior. */
    public List<MacroMatch> rank(Embedding post, String intent, double intentScore, double intentPrior) {
        List<MacroMatch> ranked = new ArrayList<>();
        for (Entry entry : entries().values()) {
            double similarity = entry.examples().stream().mapToDouble(e -> CosineSimilarity.between(post, e)).max()
                    .orElse(0);
            double prior = entry.macro().intent().equals(intent) ? intentPrior * intentScore : 0;
            ranked.add(new MacroMatch(entry.macro(), similarity, similarity + prior));
        }
        ranked.sort(Comparator.comparingDouble(MacroMatch::score).reversed());
        return ranked;
    }

    public Optional<Macro> find(String id) {
        return Optional.ofNullable(id).map(entries()::get).map(Entry::macro);
    }

    /** Macros whose title, situation or replies hold every word of the query, best title match first. */
    public List<Macro> search(String query, int max) {
        List<String> words = Arrays.stream(query == null ? new String[0] : query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank()).toList();
        return entries().values().stream().map(Entry::macro).filter(m -> !m.noReply())
                .filter(m -> words.stream().allMatch(searchable(m)::contains))
                .sorted(Comparator.comparing((Macro m) -> !words.stream().allMatch(m.title().toLowerCase(Locale.ROOT)::contains))
                        .thenComparing(Macro::title))
                .limit(max).toList();
    }

    private static String searchable(Macro m) {
        return (m.id() + " " + m.title() + " " + m.when() + " " + String.join(" ", m.replies())).toLowerCase(Locale.ROOT);
    }

    /** Adds a post as an example of the macro, for this instance at once (the database keeps it for the others). */
    public void learned(String macroId, String post) {
        Entry entry = entries().get(macroId);
        if (entry != null) {
            entry.examples().add(embeddings.embedPost(post));
        }
    }

    private Map<String, Entry> entries() {
        Map<String, Entry> current = entries;
        if (current == null) {
            current = build();
            entries = current;
        }
        return current;
    }

    private synchronized Map<String, Entry> build() {
        Map<String, Entry> built = new LinkedHashMap<>();
        List<Macro> macros = knowledgeBase.macros();
        List<List<Embedding>> vectors = knowledgeBase.macroExampleVectors();
        for (int i = 0; i < macros.size(); i++) {
            built.put(macros.get(i).id(), new Entry(macros.get(i), new CopyOnWriteArrayList<>(vectors.get(i))));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            addSaved(built);
            addLearned(built);
        });
        return built;
    }

    private void addSaved(Map<String, Entry> built) {
        for (SavedMacro saved : SavedMacro.<SavedMacro>listAll()) {
            Entry base = built.get(saved.variantOf);
            List<String> cites = Draft.lines(saved.cites);
            Macro macro = base != null ? base.macro().with(List.of(saved.example), List.of(saved.reply))
                    : new Macro(saved.macroId(), saved.title, saved.intent, "Saved from a reply by " + saved.createdBy,
                    List.of(saved.example), List.of(saved.reply), cites, saved.reply.contains("DM"), false, false, false);
            List<Embedding> examples = base != null ? base.examples()
                    : new CopyOnWriteArrayList<Embedding>();
            examples.add(embeddings.embedPost(saved.example));
            built.put(macro.id(), new Entry(macro, examples));
        }
    }

    private void addLearned(Map<String, Entry> built) {
        Map<String, List<String>> learned = MacroExample.<MacroExample>listAll().stream()
                .filter(e -> built.containsKey(e.macroId))
                .collect(Collectors.groupingBy(e -> e.macroId, Collectors.mapping(e -> e.text, Collectors.toList())));
        learned.forEach((id, posts) -> built.get(id).examples().addAll(embeddings.embedPosts(posts)));
    }
}
