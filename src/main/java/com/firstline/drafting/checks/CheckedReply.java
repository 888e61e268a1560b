package com.firstline.drafting.checks;

import com.firstline.knowledge.Passage;
import com.firstline.triage.Sentiment;

import java.util.List;

/**
 * A reply and what it is judged against.
 *
 * @param text         the reply without the leading @handle
 * @param customerText the post it answers: details the customer gave may be repeated back
 * @param sentiment    the post's sentiment, or null when not known
 * @param cited        the knowledge-base passages the reply cites (unknown ids already dropped)
 */
public record CheckedReply(String handle, String text, String customerText, Sentiment sentiment,
                           List<Passage> cited) {

    /** The cited passages' text in one string, for "is this in the sources" look-ups. */
    public String citedText() {
        StringBuilder all = new StringBuilder();
        cited.forEach(p -> all.append(p.text()).append('\n'));
        return all.toString();
    }
}
