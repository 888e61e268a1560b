package com.firstline.incident;

import com.firstline.publish.Reply;
import com.firstline.triage.Intent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.List;

/**
 * An outage or any other spike of posts about one thing: it groups the affected cases and holds
 * the broadcast post, the holding reply and the follow-up a supervisor approves once.
 */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;

    @Enumerated(EnumType.STRING)
    public IncidentStatus status;

    @Enumerated(EnumType.STRING)
    public Spike.Kind kind;

    @Enumerated(EnumType.STRING)
    public Intent intent;

    /** Mean embedding of the posts that opened it (see {@link Vectors#text}). */
    public String centroid;

    /** What the team knows, in its own words; the drafts quote it. */
    public String notes;

    /** Knowledge-base passages the drafts rely on, one per line. */
    public String sources;

    public String broadcastText;
    /** Sent to each affected customer; {name} and {handle} are filled in per case. */
    public String holdingText;
    public String followUpText;
    /** What the reply checks found in the drafts, one per line. */
    public String warnings;

    public Instant openedAt;
    public Instant firstPostAt;
    public Instant draftedAt;
    public String approvedBy;
    public Instant approvedAt;

    /** The broadcast post, in the reply outbox once approved: its status, X's post id, any failure. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "broadcast_reply_id")
    public Reply broadcastReply;

    public String resolvedBy;
    public Instant resolvedAt;

    @Version
    public long version;

    public boolean approved() {
        return approvedAt != null;
    }

    public List<String> sourceList() {
        return sources == null || sources.isEmpty() ? List.of() : List.of(sources.split("\n"));
    }

    /** The centroid as a unit vector (it is stored as the plain mean of the posts that opened the incident). */
    float[] meaning() {
        return Vectors.unit(Vectors.parse(centroid));
    }

    static List<Incident> open() {
        return list("status = ?1 order by openedAt", IncidentStatus.OPEN);
    }
}
