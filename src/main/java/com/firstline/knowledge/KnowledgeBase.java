package com.firstline.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The brand's help articles from knowledge-base/, embedded in-process and searchable by meaning.
 * Indexed once at start-up and again on {@link #reindex()}; readers always see a complete index.
 */
@Startup
@ApplicationScoped
public class KnowledgeBase {

    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class);
    /** The folder of reply macros inside the knowledge base. */
    static final String MACROS = "macros";

    @Inject
    KnowledgeSettings settings;

    @Inject
    Embeddings embeddings;

    @Inject
    VectorStore store;

    @Inject
    Event<KnowledgeReindexed> reindexed;

    private volatile Index index;

    /** The articles and their passages' embeddings, swapped as a whole when re-indexed. */
    private record Index(List<Article> articles, List<Passage> passages, List<Embedding> vectors,
                         Map<String, Passage> bySource, Map<String, List<Embedding>> sentenceVectors,
                         List<Macro> macros, List<List<Embedding>> macroExampleVectors,
                         String fingerprint, int embedded) {
    }

    @PostConstruct
    void load() {
        index = build();
    }

    /**
     * Reads and embeds the articles again, swaps the index in one step, then tells the components
     * built from it (the intent classifier) to rebuild too.
     */
    public KnowledgeReindexed reindex() {
        KnowledgeReindexed done;
        synchronized (this) {
            index = build();
            done = new KnowledgeReindexed(index.articles().size(), index.passages().size(), index.embedded());
        }
        reindexed.fire(done);
        return done;
    }

    /**
     * Re-indexes when an article was added, removed or changed on disk since the last indexing,
     * so a support lead's edit reaches the drafts without a restart.
     */
    public Optional<KnowledgeReindexed> reindexIfChanged() {
        if (KnowledgeFolder.fingerprint(settings.path()).equals(index.fingerprint())) {
            return Optional.empty();
        }
        LOG.infof("Knowledge base changed on disk in %s: re-indexing", settings.path());
        return Optional.of(reindex());
    }

    private Index build() {
        long start = System.nanoTime();
        String fingerprint = KnowledgeFolder.fingerprint(settings.path());
        List<Article> articles = readArticles();
        List<Passage> passages = articles.stream().flatMap(a -> a.passages().stream()).toList();
        LOG.infof("Indexing %d passages from %d articles in %s", passages.size(), articles.size(), settings.path());
        StoredOrEmbedded passageVectors = vectors(passages.stream()
                .map(p -> p.articleTitle() + ". " + p.heading() + ". " + p.text()).toList(), "passages");
        Map<String, Passage> bySource = new LinkedHashMap<>();
        passages.forEach(p -> bySource.put(p.source(), p));
        StoredOrEmbedded sentenceVectors = vectors(passages.stream().flatMap(p -> p.sentences().stream()).toList(),
                "sentences");
        List<Macro> macros = readMacros(articles, bySource.keySet());
        StoredOrEmbedded exampleVectors = vectors(macros.stream().flatMap(m -> m.examples().stream())
                .map(Embeddings::wordsOf).toList(), "macro examples");
        LOG.infof("Knowledge base indexed in %d ms", (System.nanoTime() - start) / 1_000_000);
        return new Index(articles, passages, passageVectors.vectors(), bySource,
                bySource(passages, sentenceVectors.vectors()), macros, byMacro(macros, exampleVectors.vectors()),
                fingerprint, passageVectors.embedded() + sentenceVectors.embedded() + exampleVectors.embedded());
    }

    /** Each macro's example posts' vectors, in the order of its examples. */
    private static List<List<Embedding>> byMacro(List<Macro> macros, List<Embedding> all) {
        List<List<Embedding>> byMacro = new ArrayList<>(macros.size());
        int next = 0;
        for (Macro macro : macros) {
            byMacro.add(all.subList(next, next + macro.examples().size()));
            next += macro.examples().size();
        }
        return byMacro;
    }

    /** Vectors of these texts, in order, and how many had to be embedded (the rest came from the store). */
    private record StoredOrEmbedded(List<Embedding> vectors, int embedded) {
    }

    /**
     * The texts' vectors: those the store has already, the others embedded in batches (with a
     * progress line after each) and handed to the store.
     */
    private StoredOrEmbedded vectors(List<String> texts, String what) {
        List<String> keys = texts.stream().map(KnowledgeFolder::sha256).toList();
        Map<String, Embedding> known = new HashMap<>(store.find(embeddings.modelName(), keys));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!known.containsKey(keys.get(i))) {
                missing.add(i);
            }
        }
        Map<String, Embedding> fresh = new HashMap<>();
        for (int from = 0; from < missing.size(); from += settings.indexBatch()) {
            List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + settings.indexBatch()));
            List<Embedding> vectors = embeddings.embedAll(batch.stream().map(i -> TextSegment.from(texts.get(i))).toList());
            for (int j = 0; j < batch.size(); j++) {
                fresh.put(keys.get(batch.get(j)), vectors.get(j));
            }
            LOG.infof("Embedded %d/%d new %s", fresh.size(), missing.size(), what);
        }
        store.keep(embeddings.modelName(), fresh);
        known.putAll(fresh);
        LOG.infof("%d %s: %d from the vector store, %d embedded", texts.size(), what, texts.size() - missing.size(),
                missing.size());
        return new StoredOrEmbedded(keys.stream().map(known::get).toList(), missing.size());
    }

    /** Each passage's sentences' vectors, so a drafter can quote the sentence that answers the post. */
    private static Map<String, List<Embedding>> bySource(List<Passage> passages, List<Embedding> all) {
        Map<String, List<Embedding>> bySource = new LinkedHashMap<>();
        int next = 0;
        for (Passage p : passages) {
            bySource.put(p.source(), all.subList(next, next + p.sentences().size()));
            next += p.sentences().size();
        }
        return bySource;
    }

    /** The passage's sentences, closest in meaning to the query first. */
    public List<ScoredSentence> sentences(Embedding query, Passage passage) {
        // A passage from before a re-index may not match the new vectors: then reading order counts.
        List<Embedding> vectors = index.sentenceVectors().get(passage.source());
        List<String> sentences = passage.sentences();
        List<ScoredSentence> scored = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            double score = vectors == null || vectors.size() != sentences.size() ? 0
                    : Embeddings.similarity(query, vectors.get(i));
            scored.add(new ScoredSentence(sentences.get(i), score));
        }
        scored.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return scored;
    }

    /** The passage a draft cites, by its {@code path#heading} id. */
    public Optional<Passage> passage(String source) {
        return Optional.ofNullable(index.bySource().get(source));
    }

    public List<Article> articles() {
        return index.articles();
    }

    /** The reply macros of knowledge-base/macros/, in file order. */
    public List<Macro> macros() {
        return index.macros();
    }

    /** The vectors of a macro's example posts (as {@link Embeddings#embedPost} embeds posts), by position in {@link #macros()}. */
    public List<List<Embedding>> macroExampleVectors() {
        return index.macroExampleVectors();
    }

    /** The text of every passage: what replies may quote. */
    public List<String> passageTexts() {
        return index.passages().stream().map(Passage::text).toList();
    }

    /** Every line of guidance for agents in the articles: text no reply may contain. */
    public List<String> guidance() {
        return index.articles().stream().flatMap(a -> a.guidance().stream()).toList();
    }

    /** Example customer posts per intent code, from the articles' front matter. */
    public Map<String, List<String>> examplesByIntent() {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (Article article : index.articles()) {
            for (String intent : article.intents()) {
                examples.computeIfAbsent(intent, k -> new ArrayList<>()).addAll(article.examples());
            }
        }
        return examples;
    }

    /** The passages closest in meaning to the query, best first. */
    public List<ScoredPassage> search(Embedding query, int max) {
        return search(query, max, null);
    }

    /**
     * The passages closest in meaning to the query, best first, and at least {@code onTopic} of
     * them from articles about the intent (when there are), so a drafter always has a passage on
     * the post's topic even when another article happens to use closer words.
     */
    public List<ScoredPassage> search(Embedding query, int max, String intent, int onTopic) {
        List<ScoredPassage> best = new ArrayList<>(search(query, max, null));
        long present = best.stream().filter(p -> p.passage().answers(intent)).count();
        for (ScoredPassage extra : search(query, onTopic, intent)) {
            if (present >= onTopic) {
                break;
            }
            if (!best.contains(extra)) {
                best.add(extra);
                present++;
            }
        }
        best.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return best;
    }

    private List<ScoredPassage> search(Embedding query, int max, String intent) {
        Index current = index;
        List<ScoredPassage> scored = new ArrayList<>(current.passages().size());
        for (int i = 0; i < current.passages().size(); i++) {
            Passage passage = current.passages().get(i);
            if (intent == null || passage.answers(intent)) {
                scored.add(new ScoredPassage(passage, Embeddings.similarity(query, current.vectors().get(i))));
            }
        }
        scored.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return scored.subList(0, Math.min(max, scored.size()));
    }

    private List<Article> readArticles() {
        if (!Files.isDirectory(settings.path())) {
            throw new IllegalStateException("firstline.knowledge.path: no knowledge base at " + settings.path().toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(settings.path())) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted()
                    .map(this::readArticle).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The macros of every {@code .yaml} file under macros/, checked against the articles' intents
     * and passages; a broken macro stops the indexing with the file and macro named.
     */
    private List<Macro> readMacros(List<Article> articles, Set<String> passages) {
        Path folder = settings.path().resolve(MACROS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Set<String> intents = articles.stream().flatMap(a -> a.intents().stream()).collect(Collectors.toSet());
        List<Macro> macros;
        try (Stream<Path> files = Files.list(folder)) {
            macros = files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .flatMap(f -> MacroParser.parse(relative(f), read(f), intents, passages).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ids = new HashSet<>();
        macros.stream().filter(m -> !ids.add(m.id())).findFirst().ifPresent(m -> {
            throw new IllegalArgumentException("Two macros have the id " + m.id());
        });
        return macros;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Article readArticle(Path file) {
        return ArticleParser.parse(relative(file), read(file));
    }

    private String relative(Path file) {
        return settings.path().relativize(file).toString().replace('\\', '/');
    }
}
