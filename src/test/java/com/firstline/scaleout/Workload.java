package com.firstline.scaleout;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * What the tests with real instances send and check: mentions sent to two instances as a load
 * balancer would, and counts read straight from the instances' database.
 */
final class Workload {

    private static final String[] ASKS = {
            "is there wifi on LU %d to Oslo?", "my bag did not arrive in Rome on LU %d",
            "can I change my seat on LU %d please", "flight LU %d is delayed, will I make my connection?",
            "how much is an extra bag on LU %d?", "the meal on LU %d was not vegetarian as booked"};
    /** How long a client keeps offering one post that is not accepted (an instance or the database down). */
    private static final Duration GIVE_UP = Duration.ofMinutes(1);

    private final String databaseUrl;
    private final String databaseUser;
    private final long firstPostId;

    /** @param firstPostId post ids count up from here (19 digits), so runs on one database do not meet */
    Workload(String databaseUrl, long firstPostId) {
        this(databaseUrl, "postgres", firstPostId);
    }

    Workload(String databaseUrl, String databaseUser, long firstPostId) {
        this.databaseUrl = databaseUrl;
        this.databaseUser = databaseUser;
        this.firstPostId = firstPostId;
    }

    /**
     * Sends the mentions to the two instances in turn. A post that is not accepted (the instance
     * is gone, or answers 5xx) is offered again, to the other instance, until one takes it, as a
     * client behind a load balancer retries. Returns the post ids, all accepted.
     */
    List<String> sendMentions(int count, Instance first, Instance second) {
        return sendMentions(0, count, first, second);
    }

    /** Sends the workload's posts {@code from} to {@code from + count - 1}, as {@link #sendMentions(int, Instance, Instance)}. */
    List<String> sendMentions(int from, int count, Instance first, Instance second) {
        List<String> accepted = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String postId = Long.toString(firstPostId + i);
            long author = 4_200_000_000L + i;
            String json = """
                    {"id":"%s","text":"@LumenAir %s","author_id":"%d","conversation_id":"%s","created_at":"2026-11-23T08:00:00.000Z",
                     "lang":"en","author":{"id":"%d","username":"flyer%d","name":"Flyer %d","followers_count":120,"verified":false}}
                    """.formatted(postId, ASKS[i % ASKS.length].formatted(100 + i), author, postId, author, i, i);
            offerUntilAccepted(json, i % 2 == 0 ? first : second, i % 2 == 0 ? second : first);
            accepted.add(postId);
        }
        return accepted;
    }

    private static void offerUntilAccepted(String json, Instance preferred, Instance other) {
        long giveUpAt = System.nanoTime() + GIVE_UP.toNanos();
        Instance to = preferred;
        String answer;
        // 201: stored; 200: already stored, by an earlier offer whose answer was lost.
        while (!(answer = answerTo(to, json)).startsWith("20")) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("no instance accepted " + json + "; the last answer: " + answer);
            }
            to = to == preferred ? other : preferred;
            sleep(Duration.ofMillis(200));
        }
    }

    /** The status code of the offer, or why there was none. */
    private static String answerTo(Instance instance, String json) {
        try {
            return Integer.toString(instance.postJson("/api/mentions", json));
        } catch (IOException gone) {
            return gone.toString();
        }
    }

    /** Drafts of the first {@code posts} posts this workload sends (other tests' posts may share the database). */
    long drafted(int posts) throws SQLException {
        return count("select count(*) from draft d join mention m on m.id = d.mention_id where " + postIdsOf(posts));
    }

    /** Ids of the pending drafts of the first {@code posts} posts this workload sends. */
    List<Long> pendingDrafts(int posts) throws SQLException {
        return values("select d.id from draft d join mention m on m.id = d.mention_id where d.status = 'PENDING' and "
                + postIdsOf(posts) + " order by d.id");
    }

    /** Post ids are numbers of one length, so their text sorts as their value does. */
    private String postIdsOf(int posts) {
        return "m.post_id between '" + firstPostId + "' and '" + (firstPostId + posts - 1) + "'";
    }

    /** Waits until every post has a draft, then returns those with other than exactly one (none, when all is well). */
    Map<String, Long> awaitDraftsOf(List<String> posts, Duration atMost) throws SQLException {
        await().atMost(atMost).until(() -> drafted(posts.size()) >= posts.size());
        Map<String, Long> drafts = new HashMap<>();
        try (Connection c = connect();
             ResultSet rows = c.createStatement().executeQuery("select m.post_id, count(d.id) from mention m "
                     + "left join draft d on d.mention_id = m.id group by m.post_id")) {
            while (rows.next()) {
                drafts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return posts.stream().filter(p -> drafts.getOrDefault(p, 0L) != 1)
                .collect(Collectors.toMap(p -> p, p -> drafts.getOrDefault(p, 0L)));
    }

    long count(String sql) throws SQLException {
        return values(sql).get(0);
    }

    List<Long> values(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }

    /** The first column of the first row, as text. */
    String text(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rows.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, "");
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
