package com.firstline.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A conversation with one customer: their posts in one X conversation and our replies to them.
 * The first-response clock (SLA) starts when the customer's first post in it was written.
 */
@Entity
@Table(name = "support_case")
public class Case extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String platform;
    public String conversationId;
    public String customerId;
    public String customerHandle;
    public String customerName;
    public int customerFollowers;
    public boolean customerVerified;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    /** Why the case was closed, by whom and when; none while it is open or answered. */
    @Enumerated(EnumType.STRING)
    public Resolution resolution;
    public String resolvedBy;
    public Instant resolvedAt;

    /** The team's tags, as ",tag,tag," (see {@link #tagList()}). */
    public String tags;

    public Instant openedAt;
    public Instant firstResponseDueAt;
    public Instant firstRespondedAt;

    /** The agent working on the case, while their claim lasts. */
    public String claimedBy;
    public Instant claimedAt;

    @Version
    public long version;

    public static Optional<Case> findByConversation(String platform, String conversationId, String customerId) {
        return find("platform = ?1 and conversationId = ?2 and customerId = ?3", platform, conversationId, customerId)
                .firstResultOptional();
    }

    /** Who holds a claim that has not lapsed, if anyone. */
    public Optional<String> activeClaim(Instant now, java.time.Duration claimLasts) {
        return claimedBy != null && claimedAt.plus(claimLasts).isAfter(now) ? Optional.of(claimedBy) : Optional.empty();
    }

    /** Closes the case for this reason; its waiting drafts are the caller's to supersede. */
    public void resolve(Resolution reason, String actor) {
        status = CaseStatus.CLOSED;
        resolution = reason;
        resolvedBy = actor;
        resolvedAt = Instant.now();
    }

    /** The customer wrote again, or the case was taken back: it waits for us. */
    public void reopen() {
        status = CaseStatus.OPEN;
        resolution = null;
        resolvedBy = null;
        resolvedAt = null;
    }

    public List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isEmpty()).toList();
    }

    /** Replaces the tags; an empty list clears them. */
    public void tag(List<String> tagged) {
        tags = tagged.isEmpty() ? null : "," + String.join(",", tagged) + ",";
    }

    /** Marks the first response; later replies leave the SLA figure untouched. */
    public void recordResponse(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = at;
        }
        status = CaseStatus.ANSWERED;
    }
}
