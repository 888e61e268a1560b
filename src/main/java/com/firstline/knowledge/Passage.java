package com.firstline.knowledge;

import java.util.Map;
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

    public boolean answers(String intent) {
        return intents.contains(intent);
    }
}
