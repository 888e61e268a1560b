package com.firstline.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A conversation with one customer: their posts in one X conversation and our replies to them.
 * Each customer turn runs its own SLA clock ({@link ResponseTurn}): the first response from the
 * customer's first post, a next response from each post that arrives after we answered.
 */
@Entity
@Table(name = "support_case")
public class Case extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
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
    /** The deadline of the turn waiting for our answer; none while we wait on the customer. */
    public Instant responseDueAt;

    /** The agent working on the case, while their claim lasts. */
    public String claimedBy;
    public Instant claimedAt;

    /** The team member the case was handed to; theirs until they hand it back. */
    public String assignedTo;
    public Instant assignedAt;

    @Version
    public long version;

    /** A new case, not yet saved, opened by the customer's first message at {@code openedAt}. */
    public static Case opening(String platform, String conversationId, String customerId, Instant openedAt, SlaClock sla) {
        Case supportCase = new Case();
        supportCase.platform = platform;
        supportCase.status = CaseStatus.OPEN;
        supportCase.conversationId = conversationId;
        supportCase.customerId = customerId;
        supportCase.openedAt = openedAt;
        supportCase.firstResponseDueAt = sla.firstResponseDue(openedAt);
        return supportCase;
    }

    /** The customer's latest case on the platform, if they have one. */
    public static Optional<Case> latestOf(String platform, String customerId) {
        return find("platform = ?1 and customerId = ?2 order by openedAt desc, id desc", platform, customerId)
                .firstResultOptional();
    }

    public static Optional<Case> findByConversation(String platform, String conversationId, String customerId) {
        return find("platform = ?1 and conversationId = ?2 and customerId = ?3", platform, conversationId, customerId)
                .firstResultOptional();
    }

    /** The same customer's other cases, newest first: what they asked before and what we said. */
    public List<Case> customersOtherCases(int limit) {
        return find("platform = ?1 and customerId = ?2 and id <> ?3 order by openedAt desc", platform, customerId, id)
                .page(0, limit).list();
    }

    /** Who holds a claim that has not lapsed, if anyone. */
    public Optional<String> activeClaim(Instant now, java.time.Duration claimLasts) {
        return claimedBy != null && claimedAt.plus(claimLasts).isAfter(now) ? Optional.of(claimedBy) : Optional.empty();
    }

    /** Whose case it is now: the assignee, else the holder of a live claim. */
    public Optional<String> holder(Instant now, java.time.Duration claimLasts) {
        return assignedTo != null ? Optional.of(assignedTo) : activeClaim(now, claimLasts);
    }

    /** Closes the case for this reason; its waiting drafts are the caller's to supersede. */
    public void resolve(Resolution reason, String actor) {
        status = CaseStatus.CLOSED;
        resolution = reason;
        resolvedBy = actor;
        resolvedAt = Instant.now();
        responseDueAt = null;
        ResponseTurn.open(this).ifPresent(turn -> turn.waived = true);
    }

    /**
     * A post from the customer: it opens the case, and starts a new turn with its own deadline
     * unless a turn is already waiting for our answer (they wrote twice before we replied).
     */
    public void customerPosted(Instant postedAt, SlaClock sla) {
        clearResolution();
        status = CaseStatus.OPEN;
        if (responseDueAt != null) {
            return; // a turn already waits for our answer (responseDueAt is set exactly while one does)
        }
        int number = ResponseTurn.count(this) + 1;
        Instant due = number == 1 ? firstResponseDueAt : sla.nextResponseDue(postedAt);
        ResponseTurn.start(this, number, postedAt, due);
        responseDueAt = due;
    }

    /** The case was closed by mistake (filed as spam): the turn it closed waits for us again. */
    public void takeBack() {
        clearResolution();
        status = CaseStatus.OPEN;
        ResponseTurn.<ResponseTurn>find("supportCase = ?1 order by turnNumber desc", this).firstResultOptional()
                .filter(turn -> turn.respondedAt == null)
                .ifPresent(turn -> {
                    turn.waived = false;
                    responseDueAt = turn.dueAt;
                });
    }

    private void clearResolution() {
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

    /**
     * Our reply went out: it ends the turn waiting for it, and the case waits on the customer
     * (a resolved case stays resolved). The first response is kept as it was.
     */
    public void recordResponse(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = at;
        }
        ResponseTurn.open(this).ifPresent(turn -> turn.respondedAt = at);
        responseDueAt = null;
        if (status != CaseStatus.CLOSED) {
            status = CaseStatus.WAITING;
        }
    }

    /** The turns of the case, first response first. */
    public List<ResponseTurn> turns() {
        return ResponseTurn.list("supportCase = ?1 order by turnNumber", this);
    }
}
