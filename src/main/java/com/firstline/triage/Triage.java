package com.firstline.triage;

import com.firstline.ingest.Mention;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What we understood of one mention, and how urgently it needs a human. */
@Entity
@Table(name = "triage")
public class Triage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mention_id")
    public Mention mention;

    @Enumerated(EnumType.STRING)
    public Intent intent;
    public double intentScore;

    @Enumerated(EnumType.STRING)
    public Sentiment sentiment;
    public double sentimentScore;

    /** Comma-separated {@link UrgencySignal} names; empty when none fired. */
    public String urgencySignals;

    /** ISO 639-1 code of the post's language ("und" when it cannot be told). */
    public String language;

    /** Followers plus a weight for the post's spread (retweets, quotes, replies). */
    public int reach;

    /** Above every triaged priority: where a safety report goes in the queue. */
    public static final int TOP_PRIORITY = 101;

    /** 0..100, higher is answered first. */
    public int priority;

    /** Why the priority is what it is, in the agents' words, separated by "; ". */
    public String priorityReasons;

    public Instant triagedAt;

    /** The stored form of an assessment of the mention. */
    public static Triage of(Mention mention, Assessment assessment, Instant triagedAt) {
        Triage row = new Triage();
        row.mention = mention;
        row.intent = assessment.intent();
        row.intentScore = assessment.intentScore();
        row.sentiment = assessment.sentiment();
        row.sentimentScore = assessment.sentimentScore();
        row.urgencySignals = String.join(",", assessment.signals().stream().map(Enum::name).toList());
        row.language = assessment.language();
        row.prioritise(assessment);
        row.triagedAt = triagedAt;
        return row;
    }

    /** Takes the assessment's reach, priority and reasons (again, when the post's spread grew). */
    void prioritise(Assessment assessment) {
        reach = assessment.reach();
        priority = assessment.priority();
        priorityReasons = String.join("; ", assessment.reasons());
    }

    public static Optional<Triage> findByMention(Mention mention) {
        return find("mention", mention).firstResultOptional();
    }

    /** The urgency signals triage found, as they were stored. */
    public Set<UrgencySignal> signals() {
        Set<UrgencySignal> signals = EnumSet.noneOf(UrgencySignal.class);
        if (!urgencySignals.isEmpty()) {
            Arrays.stream(urgencySignals.split(",")).map(UrgencySignal::valueOf).forEach(signals::add);
        }
        return signals;
    }

    public List<String> reasons() {
        return priorityReasons.isEmpty() ? List.of() : Arrays.asList(priorityReasons.split("; "));
    }
}
