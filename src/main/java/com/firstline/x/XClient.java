package com.firstline.x;

import com.firstline.ingest.MentionPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import twitter4j.CreateTweetResponse;
import twitter4j.PaginationToken;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The X API v2 calls Firstline makes, all through Twitter4J and its v2 add-on: reading mentions,
 * posting a reply, reading the brand's own recent posts (to find a reply whose send timed out),
 * and deleting one of our posts (a retracted automatic reply). Every failure comes out as an
 * {@link XApiException}.
 */
@ApplicationScoped
public class XClient {

    static final String EXPANSIONS = "author_id,referenced_tweets.id";
    static final String TWEET_FIELDS = "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,lang,public_metrics,author_id";
    static final String USER_FIELDS = "public_metrics,verified,name,username";
    /** The most recent posts of ours that are searched for a reply whose send timed out. */
    static final int OWN_POSTS_SEARCHED = 100;
    /** Our clock and X's may differ: a broadcast is looked for from a little before it was queued. */
    private static final Duration OWN_POST_CLOCK_SLACK = Duration.ofMinutes(1);

    @Inject
    XSettings settings;

    @Inject
    XReachability reachability;

    private volatile TwitterV2 v2;

    /** One page of mentions of the brand, newest first. Null ids and token are left out of the request. */
    public MentionsPage mentions(String sinceId, String untilId, String paginationToken) throws XApiException {
        String call = "GET mentions";
        TweetsResponse page = call(call, () -> api().getUserMentions(brandUserId(), null, EXPANSIONS,
                settings.poll().pageSize(), null, paginationToken == null ? null : new PaginationToken(paginationToken),
                null, null, asLong(sinceId), null, TWEET_FIELDS, asLong(untilId), USER_FIELDS));
        try {
            var mentions = page.getTweets().stream().map(t -> XPosts.toMention(t, page.getUsersMap())).toList();
            var meta = page.getMeta();
            String next = meta == null || meta.getNextToken() == null ? null : meta.getNextToken().getValue();
            return new MentionsPage(mentions, meta == null ? null : asString(meta.getNewestId()),
                    meta == null ? null : asString(meta.getOldestId()), next);
        } catch (RuntimeException e) {
            throw XErrors.unreadable(call, e);
        }
    }

    /** The posts with these ids as X has them now, their counts included (at most 100 ids per call). */
    public List<MentionPayload> posts(List<String> ids) throws XApiException {
        String call = "GET posts";
        TweetsResponse found = call(call, () -> api().getTweets(ids.stream().mapToLong(Long::parseLong).toArray(),
                null, null, null, TWEET_FIELDS, USER_FIELDS, EXPANSIONS));
        try {
            return found.getTweets().stream().map(t -> XPosts.toMention(t, found.getUsersMap())).toList();
        } catch (RuntimeException e) {
            throw XErrors.unreadable(call, e);
        }
    }

    /**
     * What keeps the client from calling X at all (no brand user id, missing keys), if anything:
     * such a client is refused before any request, and readiness says why.
     */
    public Optional<String> configurationProblem() {
        try {
            brandUserId();
            configuration();
            return Optional.empty();
        } catch (IllegalStateException notConfigured) {
            return Optional.of("X client not configured: " + notConfigured.getMessage());
        }
    }

    /** POST /2/tweets with reply.in_reply_to_tweet_id: returns the new post's id. */
    public String postReply(String inReplyToPostId, String text) throws XApiException {
        CreateTweetResponse created = call("POST reply", () -> userContext().createTweet(null, null, null, null, null, null,
                null, null, null, Long.parseLong(inReplyToPostId), null, text));
        return Long.toString(created.getId());
    }

    /** POST /2/tweets with no reply: a post on the brand's timeline. Returns the new post's id. */
    public String postStatus(String text) throws XApiException {
        CreateTweetResponse created = call("POST status", () -> api().createTweet(null, null, null, null, null, null,
                null, null, null, null, null, text));
        return Long.toString(created.getId());
    }

    /** DELETE /2/tweets/:id: removes one of the brand's posts. False when X says it was not deleted. */
    public boolean deletePost(String postId) throws XApiException {
        return call("DELETE post", () -> api().deleteTweet(Long.parseLong(postId))).getResult();
    }

    /**
     * Our own post replying to the given post, if there is one among our posts since it
     * (GET /2/users/:id/tweets with since_id): how a send whose result is unknown is reconciled.
     */
    public Optional<String> findOurReplyTo(String inReplyToPostId) throws XApiException {
        Long repliedTo = Long.parseLong(inReplyToPostId);
        TweetsResponse ours = call("GET own posts", () -> api().getUserTweets(brandUserId(), null, null, null,
                OWN_POSTS_SEARCHED, null, null, null, null, repliedTo, null, TWEET_FIELDS, null, null));
        return ours.getTweets().stream().filter(t -> repliedTo.equals(t.getRepliedToTweetId()))
                .map(Tweet::getId).map(String::valueOf).findFirst();
    }

    /**
     * Our own post with exactly this text and answering no post, among those since shortly before
     * the given time (GET /2/users/:id/tweets with start_time): how a broadcast whose send was
     * unknown is reconciled.
     */
    public Optional<String> findOurPost(String text, Instant queuedAt) throws XApiException {
        Date from = Date.from(queuedAt.minus(OWN_POST_CLOCK_SLACK));
        TweetsResponse ours = call("GET own posts", () -> api().getUserTweets(brandUserId(), null, null, null,
                OWN_POSTS_SEARCHED, null, null, null, null, null, from, TWEET_FIELDS, null, null));
        return ours.getTweets().stream().filter(t -> t.getRepliedToTweetId() == null && text.equals(t.getText()))
                .map(Tweet::getId).map(String::valueOf).findFirst();
    }

    private interface Call<T> {
        T run() throws TwitterException;
    }

    /** Runs one request to X; whether X answered it is recorded for readiness ({@link XReachability}). */
    private <T> T call(String name, Call<T> call) throws XApiException {
        try {
            T answer = call.run();
            reachability.answered();
            return answer;
        } catch (TwitterException e) {
            XApiException failure = XErrors.classify(name, e);
            if (XReachability.isOutage(failure)) {
                reachability.noAnswer(failure);
            } else {
                reachability.answered();
            }
            throw failure;
        } catch (IllegalStateException notConfigured) {
            // Missing keys or brand id: no request was made, and none will succeed until config is fixed.
            throw new XApiException(XApiException.Failure.REJECTED, -1, null,
                    name + ": X client not configured: " + notConfigured.getMessage(), notConfigured);
        } catch (RuntimeException e) {
            // The add-on parses the body while building its response object.
            throw XErrors.unreadable(name, e);
        }
    }

    private long brandUserId() {
        String id = settings.brandUserId().filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("firstline.x.brand-user-id is not set"));
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("firstline.x.brand-user-id must be the account's numeric id, not " + id);
        }
    }

    /** Posting needs the brand account's own keys: X refuses posts made with an app-only bearer token. */
    private TwitterV2 userContext() {
        if (settings.credentials().accessToken().filter(v -> !v.isBlank()).isEmpty()) {
            throw new IllegalStateException("posting needs the OAuth 1.0a user context "
                    + "(firstline.x.credentials.access-token and the other three keys); a bearer token can only read");
        }
        return api();
    }

    private TwitterV2 api() {
        if (v2 == null) {
            synchronized (this) {
                if (v2 == null) {
                    v2 = connect();
                }
            }
        }
        return v2;
    }

    private TwitterV2 connect() {
        Configuration conf = configuration();
        V2ConfigurationKt.getV2Configuration(conf).setBaseURL(settings.apiBaseUrl());
        Twitter twitter = new TwitterFactory(conf).getInstance();
        return TwitterV2ExKt.getV2(twitter);
    }

    /** OAuth 1.0a user context when its four keys are set, otherwise the app-only bearer token. */
    private Configuration configuration() {
        var keys = settings.credentials();
        var builder = new ConfigurationBuilder()
                .setHttpConnectionTimeout((int) settings.http().connectTimeout().toMillis())
                .setHttpReadTimeout((int) settings.http().readTimeout().toMillis())
                // Retries are decided by Firstline (a blind retry of a POST could post twice).
                .setHttpRetryCount(0);
        if (keys.accessToken().filter(v -> !v.isBlank()).isPresent()) {
            builder.setOAuthConsumerKey(required(keys.consumerKey(), "consumer-key"))
                    .setOAuthConsumerSecret(required(keys.consumerSecret(), "consumer-secret"))
                    .setOAuthAccessToken(keys.accessToken().get())
                    .setOAuthAccessTokenSecret(required(keys.accessTokenSecret(), "access-token-secret"));
        } else {
            builder.setApplicationOnlyAuthEnabled(true)
                    .setOAuth2TokenType("bearer")
                    .setOAuth2AccessToken(required(keys.bearerToken(), "bearer-token (or the OAuth 1.0a keys)"));
        }
        return builder.build();
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("firstline.x.credentials." + key + " is not set"));
    }

    private static Long asLong(String id) {
        return id == null ? null : Long.valueOf(id);
    }

    private static String asString(Long id) {
        return id == null ? null : id.toString();
    }
}
