package com.firstline.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * One citable section (a {@code ##} heading and its text) of a knowledge-base article.
 *
 * @param source  where it comes from, as {@code path#heading}; drafts cite this
 * @param intents the intent codes of its article
 * @param policy  its article's policy facts (front matter), the limits a reply citing it must keep to
 */
public record Passage(String source, String articleTitle, String heading, String text, Set<String> intents,
                      Map<String, Object> policy) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    public boolean answers(String intent) {
        return intents.contains(intent);
    }

    /** The passage cut into sentences, in reading order: a reply quotes whole sentences only. */
    public List<String> sentences() {
        return Arrays.asList(SENTENCE_END.split(text));
    }
}
