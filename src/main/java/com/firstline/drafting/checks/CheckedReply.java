package com.firstline.drafting.checks;

import com.firstline.knowledge.Passage;
import com.firstline.triage.Sentiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Every number the cited passages or their articles' policies state. */
    public Set<String> citedNumbers() {
        Set<String> numbers = new HashSet<>();
        cited.forEach(p -> numbers.addAll(PassageFacts.of(p).numbers()));
        return numbers;
    }

    /** The stems of the remedies the cited passages speak of ("refund", "hotel"). */
    public Set<String> citedRemedies() {
        Set<String> remedies = new HashSet<>();
        cited.forEach(p -> remedies.addAll(PassageFacts.of(p).remedies()));
        return remedies;
    }

    /** The cited passages' text in one string, for "is this in the sources" look-ups. */
    public String citedText() {
        StringBuilder all = new StringBuilder();
        cited.forEach(p -> all.append(p.text()).append('\n'));
        return all.toString();
    }
}
