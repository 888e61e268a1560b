package com.firstline.drafting;

import com.firstline.cases.Case;
import com.firstline.ingest.Mention;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A suggested reply to one mention, waiting for (or past) an agent's decision. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mention_id")
    public Mention mention;

    public String text;

    /** Knowledge-base passages the reply relies on, as "path#heading", one per line. */
    public String sources;

    public double confidence;

    /** The reply invites the customer to DM because the case needs private details. */
    public boolean needsDm;

    @Enumerated(EnumType.STRING)
    public DraftedBy draftedBy;

    /** Checks the draft did not pass, one per line; empty when clean. */
    public String warnings;

    /**
     * The draft failed a reply check: only a person may send it (after editing it). Anything that
     * posts without a person (an autopilot) must skip flagged drafts.
     */
    public boolean flagged;

    /** The reply macro the draft came from (or that the LLM was shown); null when none was close enough. */
    public String macroId;

    /** The next closest macros, one id per line, offered beside the draft. */
    public String alternatives = "";

    /** The draft's macro allows the autopilot to send it (the policy's other rules still apply). */
    public boolean autoSendable;

    /** No macro came close enough: there is no draft text, and an agent writes the reply. */
    public boolean needsReply;

    /** Copied from the mention's triage so the queue sorts without a join. */
    public int priority;

    @Enumerated(EnumType.STRING)
    public DraftStatus status;
    public String statusReason;
    public String decidedBy;
    public Instant decidedAt;
    public Instant createdAt;

    @Version
    public long version;

    public List<String> sourceList() {
        return lines(sources);
    }

    public List<String> alternativeList() {
        return lines(alternatives);
    }

    public List<String> warningList() {
        return lines(warnings);
    }

    /**
     * A decision on the draft, by a team member or the autopilot. Flushed at once, so a concurrent
     * decision's version clash surfaces here, as a clear 409 or a rolled-back autopilot decision.
     * Approval goes through {@code publish.Reply.approved}, which also queues the reply.
     */
    public void decide(DraftStatus decided, String actor, String reason) {
        status = decided;
        statusReason = reason;
        decidedBy = actor;
        decidedAt = Instant.now();
        flush();
    }

    /** Records the checks' verdict: any problem flags the draft for a human. */
    public void checked(List<String> problems) {
        warnings = String.join("\n", problems);
        flagged = !problems.isEmpty();
    }

    public static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    /** Those of the mentions that have a draft already. */
    public static Set<Long> draftedAmong(Collection<Long> mentionIds) {
        return new HashSet<>(getEntityManager()
                .createQuery("select d.mention.id from Draft d where d.mention.id in ?1", Long.class)
                .setParameter(1, mentionIds).getResultList());
    }

    /** For each of the cases that has drafts, when the latest post with a draft was made. */
    public static Map<Long, Instant> latestDraftedPost(Collection<Long> caseIds) {
        Map<Long, Instant> latest = new HashMap<>();
        getEntityManager().createQuery("select d.supportCase.id, max(d.mention.postedAt) from Draft d"
                        + " where d.supportCase.id in ?1 group by d.supportCase.id", Object[].class)
                .setParameter(1, caseIds).getResultList()
                .forEach(row -> latest.put((Long) row[0], (Instant) row[1]));
        return latest;
    }

    /** Supersedes the pending drafts of these cases, whose newer posts get drafts of their own. */
    public static void supersedePendingIn(Collection<Long> caseIds) {
        if (!caseIds.isEmpty()) {
            update("status = ?1 where supportCase.id in ?2 and status = ?3", DraftStatus.SUPERSEDED, caseIds,
                    DraftStatus.PENDING);
        }
    }

    /** A newer post in the case makes earlier suggestions stale: the agent answers the latest. */
    public static int supersedePending(Case supportCase) {
        return update("status = ?1 where supportCase = ?2 and status = ?3",
                DraftStatus.SUPERSEDED, supportCase, DraftStatus.PENDING);
    }
}
