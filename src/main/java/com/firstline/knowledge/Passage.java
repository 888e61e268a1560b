package com.firstline.knowledge;

import java.util.Set;

/**
 * One citable section (a {@code ##} heading and its text) of a knowledge-base article.
 *
 * @param source  where it comes from, as {@code path#heading}; drafts cite this
 * @param intents the intent codes of its article
 */
public record Passage(String source, String articleTitle, String heading, String text, Set<String> intents) {

    public boolean answers(String intent) {
        return intents.contains(intent);
    }
}
