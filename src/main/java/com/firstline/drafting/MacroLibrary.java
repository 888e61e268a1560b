package com.firstline.drafting;

import com.firstline.knowledge.Embeddings;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.KnowledgeReindexed;
import com.firstline.knowledge.Macro;
import com.firstline.triage.FittedHeads;
import com.firstline.triage.SoftmaxRegression;
import dev.langchain4j.data.embedding.Embedding;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Every reply macro with the example posts it is chosen by: the support lead's files, plus what
 * the team taught it (posts answered with it unchanged, replies a supervisor saved). Read from the
 * knowledge base and the database on first use, and again after a re-index or a saved macro.
 */
@ApplicationScoped
public class MacroLibrary {

    private static final Logger LOG = Logger.getLogger(MacroLibrary.class);

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    Embeddings embeddings;

    @Inject
    MacroSettings settings;

    @Inject
    ManagedExecutor refits;

    @Inject
    FittedHeads fittedHeads;

    /** A macro and its example posts' vectors; the list grows as the team teaches it. */
    private record Entry(Macro macro, List<Embedding> examples) {
    }

    /**
     * The macros by id, and a classifier over them fitted on their example posts: a post is
     * matched by what sets one situation's examples apart from the others', not only by how close
     * its words come to one example ("sorry about my bag" and "thanks for finding my bag").
     */
    private record Library(Map<String, Entry> entries, List<Entry> order, SoftmaxRegression head, int[] outputOf,
                           long fingerprint) {

        /** The macros read, to be classified by a head fitted on them ({@code outputOf[i] = i}) or an older one. */
        static Library of(Map<String, Entry> entries, SoftmaxRegression head, List<String> headIds) {
            List<Entry> order = List.copyOf(entries.values());
            int[] outputOf = order.stream().mapToInt(e -> headIds.indexOf(e.macro().id())).toArray();
            return new Library(entries, order, head, outputOf, MacroLibrary.fingerprint(order));
        }

        List<String> ids() {
            return order.stream().map(e -> e.macro().id()).toList();
        }

        /** The classifier's probability for each macro in order; 0 for a macro newer than the classifier. */
        double[] probabilities(Embedding post) {
            double[] out = new double[order.size()];
            if (head != null) {
                double[] byOutput = head.probabilities(post.vector());
                for (int i = 0; i < out.length; i++) {
                    out[i] = outputOf[i] < 0 ? 0 : byOutput[outputOf[i]];
                }
            }
            return out;
        }
    }

    private volatile Library library;
    private final AtomicBoolean refitting = new AtomicBoolean();
    private volatile boolean refitAgain;

    void onReindexed(@Observes KnowledgeReindexed reindexed) {
        reload();
    }

    /**
     * Reads the macros again at once (after a re-index, or when a supervisor saved one), so a new
     * macro can be used straight away. Its classifier is fitted again in the background (seconds):
     * meanwhile the previous one keeps classifying the macros it knows, and drafting never waits.
     * A read that changed no macro and no example keeps the classifier as it is.
     */
    public void reload() {
        Library previous = library;
        if (previous == null) {
            return; // read and fitted on first use
        }
        Library read = Library.of(read(), previous.head(), previous.ids());
        library = read;
        // A fit in flight was for the replaced read: ask for one of this read, even if unchanged.
        if (read.fingerprint() != previous.fingerprint() || refitting.get()) {
            refitSoon();
        }
    }

    /**
     * One fit at a time: reloads that come while one runs are answered by a single fit after it,
     * of the latest read, instead of a pile of fits competing for the same cores.
     */
    private void refitSoon() {
        refitAgain = true;
        if (refitting.compareAndSet(false, true)) {
            refits.runAsync(this::refitWhileAsked).exceptionally(e -> {
                refitting.set(false);
                LOG.error("Macro classifier not fitted again; the previous one stays", e);
                return null;
            });
        }
    }

    private void refitWhileAsked() {
        while (refitAgain) {
            refitAgain = false;
            Library read = library;
            Library fitted = fitted(read.entries());
            synchronized (this) {
                if (library == read) {
                    library = fitted;
                }
            }
        }
        refitting.set(false);
        if (refitAgain) {
            refitSoon(); // asked again between the last check and the release
        }
    }

    /**
     * Every macro, best for the post first: by the similarity of its closest example, plus the
     * classifier's probability (weighted), which breaks near-ties by what sets the situations apart.
     */
    public List<MacroMatch> rank(Embedding post) {
        Library current = library();
        double[] probabilities = current.probabilities(post);
        List<MacroMatch> ranked = new ArrayList<>();
        for (int i = 0; i < current.order().size(); i++) {
            Entry entry = current.order().get(i);
            double similarity = closest(post, entry.examples());
            double probability = probabilities[i];
            ranked.add(new MacroMatch(entry.macro(), similarity, probability,
                    similarity + settings.probabilityWeight() * probability));
        }
        ranked.sort(Comparator.comparingDouble(MacroMatch::score).reversed());
        return ranked;
    }

    /**
     * The mean similarity of the post to the macro's two closest examples: one example that
     * happens to share a word with the post counts for less than two that share its meaning.
     */
    private static double closest(Embedding post, List<Embedding> examples) {
        double first = 0;
        double second = 0;
        for (Embedding example : examples) {
            double similarity = Embeddings.similarity(post, example);
            if (similarity > first) {
                second = first;
                first = similarity;
            } else if (similarity > second) {
                second = similarity;
            }
        }
        return examples.size() < 2 ? first : (first + second) / 2;
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
        return library().entries();
    }

    private Library library() {
        Library current = library;
        return current != null ? current : firstUse();
    }

    private synchronized Library firstUse() {
        if (library == null) {
            library = fitted(read());
        }
        return library;
    }

    private Library fitted(Map<String, Entry> entries) {
        Library read = Library.of(entries, null, List.of());
        return Library.of(entries, fit(read.order()), read.ids());
    }

    /** What a classifier is fitted on: the macros in order and their examples' vectors. */
    private static long fingerprint(List<Entry> order) {
        long hash = 17;
        for (Entry entry : order) {
            hash = 31 * hash + entry.macro().id().hashCode();
            for (Embedding example : entry.examples()) {
                hash = 31 * hash + Arrays.hashCode(example.vector());
            }
        }
        return hash;
    }

    /** The macros with their examples: the files', the saved ones and the learned posts. */
    private Map<String, Entry> read() {
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

    private SoftmaxRegression fit(List<Entry> order) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (Embedding example : order.get(i).examples()) {
                x.add(example.vector());
                y.add(i);
            }
        }
        if (x.isEmpty()) {
            return null;
        }
        long start = System.nanoTime();
        float[][] vectors = x.toArray(float[][]::new);
        int[] labels = y.stream().mapToInt(Integer::intValue).toArray();
        var recipe = new SoftmaxRegression.Settings(settings.l2(), settings.epochs(),
                SoftmaxRegression.Settings.DEFAULT.learningRate(), true);
        FittedHeads.Inputs read = new FittedHeads.Inputs().add(recipe).add(Arrays.toString(labels));
        x.forEach(read::add);
        SoftmaxRegression head = fittedHeads.fitted("macros", read, order.size(),
                () -> SoftmaxRegression.fit(vectors, labels, order.size(), recipe));
        LOG.infof("Macro classifier ready for %d example posts of %d macros in %d ms", x.size(), order.size(),
                (System.nanoTime() - start) / 1_000_000);
        return head;
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
