package com.firstline.ingest;

import com.firstline.cases.Case;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One inbound post that mentions the brand. Unique by platform and the platform's post id. */
@Entity
@Table(name = "mention")
public class Mention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE) // <table>_seq, 50 ids a call (V88)
    public Long id;

    public String platform;
    public String postId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case supportCase;

    public String text;
    public String authorId;
    public String authorHandle;
    public String conversationId;
    public String inReplyToId;
    public String lang;

    public int retweets;
    public int quotes;
    public int replies;
    public int likes;

    public Instant postedAt;
    public Instant receivedAt;

    /**
     * Takes in the post's counts as X reports them now. Counts only grow here: a page read earlier
     * but stored later must not undo a newer reading. Returns whether the post spread further
     * (shares or replies), which is what its reach is made of.
     */
    boolean spreadTo(MentionPayload.PublicMetrics now) {
        boolean spread = now.retweetCount() > retweets || now.quoteCount() > quotes || now.replyCount() > replies;
        retweets = Math.max(retweets, now.retweetCount());
        quotes = Math.max(quotes, now.quoteCount());
        replies = Math.max(replies, now.replyCount());
        likes = Math.max(likes, now.likeCount());
        return spread;
    }

    public static Optional<Mention> findByPost(String platform, String postId) {
        return find("platform = ?1 and postId = ?2", platform, postId).firstResultOptional();
    }

    public static List<Mention> thread(Case supportCase) {
        return list("supportCase = ?1 order by postedAt", supportCase);
    }

    /** The posts of each of these cases, oldest first, by case id. */
    public static Map<Long, List<Mention>> threads(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return Mention.<Mention>list("supportCase.id in ?1 order by postedAt", caseIds).stream()
                .collect(Collectors.groupingBy(m -> m.supportCase.id, LinkedHashMap::new, Collectors.toList()));
    }

    /** The conversation of a stored mention: the key its hand-offs carry. Reads in a transaction of its own. */
    public static String conversationOf(long mentionId) {
        return QuarkusTransaction.requiringNew().call(() -> Mention.<Mention>findById(mentionId).conversationId);
    }
}
