package com.firstline.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direct message from the customer: the private half of their case, where bookings, bags and
 * refunds are discussed. It joins the customer's case and starts a turn on its SLA clock like a
 * post, but it is never triaged, drafted from or quoted in public. Our answers are replies sent
 * privately ({@code publish.Reply#direct}).
 */
@Entity
@Table(name = "direct_message")
public class DirectMessage extends PanacheEntityBase {

    /**
     * Details in a DM that must never be posted in public: e-mail addresses, booking references
     * (six letters and digits, with a digit), and runs of six or more digits (phone, card, ticket).
     */
    private static final Pattern PRIVATE_DETAIL = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}\\b|\\+?\\d[\\d \\-]{5,}\\d");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    public String platform;
    public String eventId;
    public String conversation;
    public String senderId;
    public String text;
    public Instant sentAt;
    public Instant receivedAt;

    /** A private reply of ours went out after it. */
    public boolean answered;

    public static Optional<DirectMessage> findByEvent(String platform, String eventId) {
        return find("platform = ?1 and eventId = ?2", platform, eventId).firstResultOptional();
    }

    public static List<DirectMessage> of(Case supportCase) {
        return list("supportCase = ?1 order by sentAt", supportCase);
    }

    /** Our private reply went out: the case's DMs so far are answered. */
    public static void answeredIn(Case supportCase) {
        update("answered = true where supportCase = ?1 and answered = false", supportCase);
    }

    /** Open cases with a DM of the customer's that no DM of ours has answered yet. */
    public static long casesWaiting() {
        return getEntityManager().createQuery("select count(distinct m.supportCase.id) from DirectMessage m"
                        + " where m.answered = false and m.supportCase.status <> ?1", Long.class)
                .setParameter(1, CaseStatus.CLOSED).getSingleResult();
    }

    /** The ids of those cases, the longest waiting first. */
    public static List<Long> casesWaitingIds(int limit) {
        return getEntityManager().createQuery("select m.supportCase.id from DirectMessage m"
                        + " where m.answered = false and m.supportCase.status <> ?1 group by m.supportCase.id"
                        + " order by min(m.sentAt)", Long.class)
                .setParameter(1, CaseStatus.CLOSED).setMaxResults(limit).getResultList();
    }

    /** The private details the customer gave in this case's DMs (see {@link #PRIVATE_DETAIL}). */
    public static Set<String> privateDetailsIn(Case supportCase) {
        Set<String> details = new TreeSet<>();
        for (DirectMessage dm : of(supportCase)) {
            Matcher found = PRIVATE_DETAIL.matcher(dm.text);
            while (found.find()) {
                details.add(found.group().strip());
            }
        }
        return details;
    }
}
