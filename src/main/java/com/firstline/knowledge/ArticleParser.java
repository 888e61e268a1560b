package com.firstline.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one knowledge-base Markdown file: YAML front matter between {@code ---} lines, then the
 * article, cut into passages at each {@code ##} heading so a draft can cite the exact section.
 */
final class ArticleParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String FENCE = "---";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FrontMatter(String title, List<String> intents, Map<String, Object> policy, List<String> examples) {
    }

    private ArticleParser() {
    }

    /** Returns null for a file without front matter (a README, notes): it is not an article. */
    static Article parse(String path, String markdown) {
        String text = markdown.replace("\r\n", "\n");
        if (!text.startsWith(FENCE + "\n")) {
            return null;
        }
        int end = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (end < 0) {
            throw new IllegalArgumentException(path + ": front matter is not closed by a --- line");
        }
        FrontMatter front = readFrontMatter(path, text.substring(FENCE.length() + 1, end));
        Set<String> intents = new LinkedHashSet<>(orEmpty(front.intents()));
        if (intents.isEmpty()) {
            throw new IllegalArgumentException(path + ": front matter lists no intents");
        }
        String title = front.title() == null ? path : front.title();
        Map<String, Object> policy = front.policy() == null ? Map.of() : front.policy();
        String body = text.substring(end + FENCE.length() + 2);
        Article header = new Article(path, title, intents, policy, orEmpty(front.examples()), List.of(), List.of());
        return new Article(path, title, intents, policy, header.examples(), passages(header, body), guidance(body));
    }

    private static FrontMatter readFrontMatter(String path, String yaml) {
        try {
            return YAML.readValue(yaml, FrontMatter.class);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": front matter is not valid YAML", e);
        }
    }

    private static List<Passage> passages(Article article, String body) {
        List<Passage> passages = new ArrayList<>();
        String heading = null;
        StringBuilder section = new StringBuilder();
        for (String line : body.split("\n")) {
            if (line.startsWith("## ")) {
                addPassage(passages, article, heading, section);
                heading = line.substring(3).strip();
                section.setLength(0);
            } else if (!line.startsWith("# ") && !isGuidance(line)) {
                section.append(line.strip()).append(' ');
            }
        }
        addPassage(passages, article, heading, section);
        return passages;
    }

    /**
     * A line that starts with {@code >} is guidance for agents ("if the customer names someone...").
     * It belongs to no passage, so no drafter can quote it; the reply checks block it by these lines.
     */
    private static boolean isGuidance(String line) {
        return line.startsWith(">");
    }

    private static List<String> guidance(String body) {
        return body.lines().filter(ArticleParser::isGuidance).map(line -> line.substring(1).strip())
                .filter(line -> !line.isEmpty()).toList();
    }

    private static void addPassage(List<Passage> passages, Article article, String heading, StringBuilder section) {
        String text = section.toString().replaceAll("\\s+", " ").strip();
        if (heading == null || text.isEmpty()) {
            return; // text before the first ## heading is the article's introduction, not a citable fact
        }
        passages.add(new Passage(article.path() + "#" + slug(heading), article.title(), heading, text,
                article.intents(), article.policy()));
    }

    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
