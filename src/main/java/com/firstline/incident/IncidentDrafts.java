package com.firstline.incident;

import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.ScoredPassage;
import com.firstline.knowledge.ScoredSentence;
import com.firstline.triage.Sentiment;
import dev.langchain4j.data.embedding.Embedding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafts an incident's broadcast post, holding reply and follow-up offline: the configured
 * wording, the knowledge-base passage closest to the incident's posts (its closest sentence
 * quoted as the fact) and the incident's own notes. The drafts go through the same reply checks
 * as every other reply; what they find is shown to the supervisor who approves them.
 */
@ApplicationScoped
public class IncidentDrafts {

    /** A handle as long as most, to check that personalised replies fit one post. */
    static final String SAMPLE_HANDLE = "a_typical_handle";

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    ReplyGuard guard;

    @Inject
    IncidentSettings settings;

    /**
     * Fills in the incident's drafts, sources and warnings from its centroid, intent and notes, and
     * returns the topic they name (the closest article's title).
     */
    public String draft(Incident incident) {
        Embedding meaning = Embedding.from(incident.meaning());
        Optional<ScoredPassage> best = knowledgeBase.search(meaning, 3, incident.intent.name(), 1).stream().findFirst();
        String topic = best.map(p -> p.passage().articleTitle().toLowerCase(Locale.ROOT)).orElse("our service");
        String fact = best.map(p -> knowledgeBase.sentences(meaning, p.passage())).flatMap(s -> s.stream().findFirst())
                .map(ScoredSentence::text).orElse("");
        String notes = incident.notes == null || incident.notes.isBlank() ? "" : incident.notes.strip();
        List<String> sources = best.map(p -> List.of(p.passage().source())).orElse(List.of());
        var templates = settings.template();
        incident.sources = String.join("\n", sources);
        incident.broadcastText = fill(templates.broadcast(), topic, fact, notes);
        incident.holdingText = fill(templates.holding(), topic, fact, notes);
        incident.followUpText = fill(templates.followUp(), topic, fact, notes);
        incident.warnings = String.join("\n", warnings(incident));
        return topic;
    }

    /** What the reply checks find in the drafts, each personalised for a typical customer. */
    public List<String> warnings(Incident incident) {
        List<String> sources = incident.sourceList();
        List<String> found = new ArrayList<>();
        check("broadcast", incident.broadcastText, sources, found);
        check("holding reply", personalise(incident.holdingText, "Casey", SAMPLE_HANDLE), sources, found);
        check("follow-up", personalise(incident.followUpText, "Casey", SAMPLE_HANDLE), sources, found);
        return found;
    }

    private void check(String what, String text, List<String> sources, List<String> found) {
        guard.problems(SAMPLE_HANDLE, text, "", Sentiment.NEGATIVE, sources).forEach(p -> found.add(what + ": " + p));
    }

    /** A template for one customer: {name} is their first name ("there" when unknown), {handle} their handle. */
    public static String personalise(String template, String name, String handle) {
        String first = name == null || name.isBlank() ? "there" : name.strip().split("\\s+")[0];
        return template.replace("{name}", first).replace("{handle}", handle);
    }

    private static String fill(String template, String topic, String fact, String notes) {
        return template.replace("{topic}", topic).replace("{fact}", fact).replace("{notes}", notes)
                .replaceAll("\\s+", " ").strip();
    }
}
