package com.firstline.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A fake X API v2 (WireMock, on a free port) for tests: it serves mention pages in X's own shapes,
 * creates the posts it is sent (POST /2/tweets, refusing duplicate text with X's 403 as X does),
 * and lists the brand's own posts (GET /2/users/:id/tweets with since_id) so a reply whose send
 * timed out can be found, and deletes the brand's posts (DELETE /2/tweets/:id). It keeps the brand's
 * DMs: customers' messages a test sends in, listed by GET /2/dm_events, and the DMs the brand
 * sends (POST /2/dm_conversations/with/:id/messages, with the OAuth 2.0 user token only). Faults
 * (429 with reset, 500, 503, slow answers, bad JSON) are stubbed per test. This is a simulation
 * of X, not X.
 */
public class FakeXApi {

    public static final String BRAND_USER_ID = "1500000000000000001";
    private static final String MENTIONS = "/2/users/" + BRAND_USER_ID + "/mentions";
    private static final String OWN_POSTS = "/2/users/" + BRAND_USER_ID + "/tweets";
    private static final String POSTS = "/2/tweets";
    private static final String DM_EVENTS = "/2/dm_events";
    private static final String DM_SEND = "/2/dm_conversations/with/[0-9]+/messages";
    public static final String DM_TOKEN = "test-dm-user-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A post the fake created on the brand's behalf. */
    public record CreatedPost(String id, String inReplyToId, String text) {
    }

    /** A DM event: a customer's message, or one the brand sent. */
    public record Dm(String eventId, String senderId, String senderHandle, String recipientId, String text, Instant at) {
    }

    private final List<CreatedPost> created = new CopyOnWriteArrayList<>();
    private final List<Dm> dms = new CopyOnWriteArrayList<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();
    /** Own-post look-ups still to answer as if our newest posts were not listed yet. */
    private final AtomicInteger lookupsThatLag = new AtomicInteger();
    // Above any id the tests use for customers' posts, as X's ids grow with time.
    private final AtomicLong nextId = new AtomicLong(9_100_000_000_000_000_000L);
    private final WireMockServer server;

    /** Settings of the brand account Firstline acts for on this fake: its user id and OAuth 1.0a keys. */
    public static Map<String, String> brandAccount() {
        return Map.of(
                "firstline.x.dm.access-token", DM_TOKEN,
                "firstline.x.brand-user-id", BRAND_USER_ID,
                "firstline.x.credentials.consumer-key", "test-consumer-key",
                "firstline.x.credentials.consumer-secret", "test-consumer-secret",
                "firstline.x.credentials.access-token", "test-access-token",
                "firstline.x.credentials.access-token-secret", "test-access-token-secret");
    }

    /** On a free port, for tests. */
    public FakeXApi() {
        this(0);
    }

    /** On the given port (0: a free one). */
    public FakeXApi(int port) {
        server = new WireMockServer(options().port(port).bindAddress("127.0.0.1")
                .extensions(new CreatePost(), new ListOwnPosts(), new DeletePost(), new SendDm(), new ListDms()));
    }

    public void start() {
        server.start();
        reset();
    }

    public void stop() {
        server.stop();
    }

    /** Prints one line per request and its answer, for someone watching the fake by hand. */
    public void printRequests(PrintStream out) {
        server.addMockServiceRequestListener((request, response) -> out.printf("%s %s -> %d %s%n",
                request.getMethod(), request.getUrl(), response.getStatus(),
                request.getMethod().getName().equals("POST") ? request.getBodyAsString() : ""));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/2/";
    }

    /** Forgets stubs, requests and created posts; mentions are empty until a test serves some. */
    public void reset() {
        server.resetAll();
        created.clear();
        dms.clear();
        lookupsThatLag.set(0);
        deleted.clear();
        server.stubFor(delete(urlPathMatching("/2/tweets/[0-9]+")).atPriority(10)
                .willReturn(aResponse().withTransformers("x-delete-post")));
        server.stubFor(post("/2/tweets").atPriority(10).willReturn(aResponse().withTransformers("x-create-post")));
        server.stubFor(get(urlPathEqualTo(OWN_POSTS)).atPriority(10)
                .willReturn(aResponse().withTransformers("x-own-posts")));
        server.stubFor(get(urlPathEqualTo(MENTIONS)).atPriority(10)
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));
        server.stubFor(post(urlPathMatching(DM_SEND)).atPriority(10).willReturn(aResponse().withTransformers("x-send-dm")));
        server.stubFor(get(urlPathEqualTo(DM_EVENTS)).atPriority(10).willReturn(aResponse().withTransformers("x-list-dms")));
    }

    // ---- direct messages -----------------------------------------------------------------------

    /** A customer writes to the brand privately; returns the DM event's id. */
    public String receiveDm(String senderId, String senderHandle, String text) {
        String id = Long.toString(nextId.getAndIncrement());
        dms.add(new Dm(id, senderId, senderHandle, BRAND_USER_ID, text, Instant.now()));
        return id;
    }

    /** The DMs the brand sent, oldest first. */
    public List<Dm> sentDms() {
        return dms.stream().filter(d -> d.senderId().equals(BRAND_USER_ID)).toList();
    }

    public int dmSendRequests() {
        return server.findAll(postRequestedFor(urlPathMatching(DM_SEND))).size();
    }

    public List<LoggedRequest> dmSendRequestsMade() {
        return server.findAll(postRequestedFor(urlPathMatching(DM_SEND)));
    }

    /** Answers DM sends this way (instead of sending) until {@link #sendDmsNormally()} or a reset. */
    public void answerDmSends(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathMatching(DM_SEND)).atPriority(1).willReturn(response));
    }

    /** Sends the DM, then answers only after this delay: a client with a shorter timeout never hears. */
    public void sendDmsButAnswerAfter(int millis) {
        server.stubFor(post(urlPathMatching(DM_SEND)).atPriority(1)
                .willReturn(aResponse().withTransformers("x-send-dm").withFixedDelay(millis)));
    }

    public void sendDmsNormally() {
        server.getStubMappings().stream().filter(m -> m.getPriority() != null && m.getPriority() == 1
                        && "POST".equals(m.getRequest().getMethod().getName())
                        && m.getRequest().getUrlPathPattern() != null)
                .toList().forEach(server::removeStub);
    }

    /** Answers reads of the DM events this way until a reset. */
    public void answerDmReads(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(DM_EVENTS)).atPriority(1).willReturn(response));
    }

    // ---- post look-ups (GET /2/tweets?ids=...) ---------------------------------------------

    /** Answers look-ups of posts by id with this body until the next serve or reset. */
    public void servePostLookups(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(POSTS)).willReturn(response));
    }

    /** The ids asked for, one list per look-up. */
    public List<String> postLookups() {
        return server.findAll(getRequestedFor(urlPathEqualTo(POSTS))).stream()
                .map(r -> r.queryParameter("ids").firstValue()).toList();
    }

    // ---- mentions --------------------------------------------------------------------------

    /** Serves this body to mention requests that carry no pagination token and no until_id. */
    public void serveMentions(String body) {
        server.stubFor(mentions().atPriority(5).withQueryParam("pagination_token", absent())
                .withQueryParam("until_id", absent()).willReturn(okJson(body)));
    }

    /** Serves this body to the mention request that carries the given pagination token. */
    public void serveMentionsPage(String paginationToken, String body) {
        serveMentionsWith("pagination_token", paginationToken, okJson(body));
    }

    /** Serves this body to a mention request that resumes a walk with the given until_id. */
    public void serveMentionsUntil(String untilId, String body) {
        serveMentionsWith("until_id", untilId, okJson(body));
    }

    public void serveMentionsWith(String param, String value, ResponseDefinitionBuilder response) {
        server.stubFor(mentions().atPriority(3).withQueryParam(param, equalTo(value)).willReturn(response));
    }

    /** Answers every mention request this way until the next serve or reset. */
    public void failMentions(ResponseDefinitionBuilder response) {
        server.stubFor(mentions().atPriority(1).willReturn(response));
    }

    public void stopFailingMentions() {
        server.getStubMappings().stream().filter(m -> m.getPriority() != null && m.getPriority() == 1
                        && "GET".equals(m.getRequest().getMethod().getName()))
                .toList().forEach(server::removeStub);
    }

    public List<LoggedRequest> mentionRequests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(MENTIONS)));
    }

    private static MappingBuilder mentions() {
        return get(urlPathEqualTo(MENTIONS));
    }

    // ---- posts -----------------------------------------------------------------------------

    /** Answers POST /2/tweets this way (instead of creating the post) until the next reset. */
    public void answerPosts(ResponseDefinitionBuilder response) {
        server.stubFor(post("/2/tweets").atPriority(1).willReturn(response));
    }

    /** Creates the post, then answers only after this delay: a client with a shorter timeout never hears. */
    public void createPostsButAnswerAfter(int millis) {
        server.stubFor(post("/2/tweets").atPriority(1)
                .willReturn(aResponse().withTransformers("x-create-post").withFixedDelay(millis)));
    }

    /** Back to creating posts normally (created posts are kept). */
    public void createPostsNormally() {
        server.getStubMappings().stream().filter(m -> m.getPriority() != null && m.getPriority() == 1
                        && "POST".equals(m.getRequest().getMethod().getName()))
                .toList().forEach(server::removeStub);
    }

    /**
     * The next {@code lookups} requests for the brand's posts list none of them, as X's timeline
     * can lag behind a post it has just created.
     */
    public void lagOwnPosts(int lookups) {
        lookupsThatLag.set(lookups);
    }

    public List<CreatedPost> createdPosts() {
        return List.copyOf(created);
    }

    public int postRequests() {
        return server.findAll(postRequestedFor(urlEqualTo("/2/tweets"))).size();
    }

    /** Ids of the posts deleted through DELETE /2/tweets/:id. */
    public List<String> deletedPosts() {
        return List.copyOf(deleted);
    }

    /** Answers DELETE /2/tweets/:id this way (instead of deleting) until the next reset. */
    public void answerDeletes(ResponseDefinitionBuilder response) {
        server.stubFor(delete(urlPathMatching("/2/tweets/[0-9]+")).atPriority(1).willReturn(response));
    }

    public List<LoggedRequest> ownPostRequests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(OWN_POSTS)));
    }

    // ---- response shapes ---------------------------------------------------------------------

    /** A 429 as X sends it, with the x-rate-limit-* headers. */
    public static ResponseDefinitionBuilder rateLimited(Instant resetAt) {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("x-rate-limit-limit", "10").withHeader("x-rate-limit-remaining", "0")
                .withHeader("x-rate-limit-reset", Long.toString(resetAt.getEpochSecond()))
                .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}");
    }

    public static ResponseDefinitionBuilder problem(int status, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody(problemBody(status, title, detail));
    }

    private static String problemBody(int status, String title, String detail) {
        ObjectNode body = JSON.createObjectNode().put("title", title).put("detail", detail)
                .put("type", "about:blank").put("status", status);
        return body.toString();
    }

    /** POST /2/tweets: creates the post as X does, or refuses duplicate text with X's 403. */
    private final class CreatePost implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode body = read(event.getRequest().getBodyAsString());
            String text = body.path("text").asText();
            String inReplyTo = body.path("reply").path("in_reply_to_tweet_id").asText(null);
            var response = ResponseDefinitionBuilder.like(event.getResponseDefinition())
                    .withHeader("Content-Type", "application/json");
            if (created.stream().anyMatch(p -> p.text().equals(text))) {
                return response.withStatus(403).withBody(problemBody(403, "Forbidden",
                        "You are not allowed to create a Tweet with duplicate content.")).build();
            }
            String id = Long.toString(nextId.getAndIncrement());
            created.add(new CreatedPost(id, inReplyTo, text));
            ObjectNode data = JSON.createObjectNode().put("id", id).put("text", text);
            data.putArray("edit_history_tweet_ids").add(id);
            return response.withStatus(201).withBody(JSON.createObjectNode().set("data", data).toString()).build();
        }

        @Override
        public String getName() {
            return "x-create-post";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    private static boolean userToken(ServeEvent event) {
        return ("Bearer " + DM_TOKEN).equals(event.getRequest().getHeader("Authorization"));
    }

    private static ResponseDefinition unauthorized(ServeEvent event) {
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problemBody(401, "Unauthorized", "DMs need an OAuth 2.0 user token")).build();
    }

    /** POST /2/dm_conversations/with/:participant_id/messages: the brand's DM to that customer. */
    private final class SendDm implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (!userToken(event)) {
                return unauthorized(event);
            }
            String url = event.getRequest().getUrl();
            String participant = url.replaceAll(".*/with/([0-9]+)/messages.*", "$1");
            String text = read(event.getRequest().getBodyAsString()).path("text").asText();
            String id = Long.toString(nextId.getAndIncrement());
            dms.add(new Dm(id, BRAND_USER_ID, null, participant, text, Instant.now()));
            ObjectNode data = JSON.createObjectNode().put("dm_conversation_id", participant + "-" + BRAND_USER_ID)
                    .put("dm_event_id", id);
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(JSON.createObjectNode().set("data", data).toString()).build();
        }

        @Override
        public String getName() {
            return "x-send-dm";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    /** GET /2/dm_events: the brand's DM events, newest first, a page of max_results at a time, with the senders in includes.users. */
    private final class ListDms implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (!userToken(event)) {
                return unauthorized(event);
            }
            var max = event.getRequest().queryParameter("max_results");
            int limit = max.isPresent() ? Integer.parseInt(max.firstValue()) : 100;
            var token = event.getRequest().queryParameter("pagination_token");
            int from = token.isPresent() ? Integer.parseInt(token.firstValue().substring("page-".length())) : 0;
            List<Dm> newest = new ArrayList<>(dms);
            newest.sort(Comparator.comparing((Dm d) -> Long.parseLong(d.eventId())).reversed());
            ObjectNode page = JSON.createObjectNode();
            ArrayNode data = page.putArray("data");
            ArrayNode users = page.putObject("includes").putArray("users");
            newest.stream().skip(from).limit(limit).forEach(d -> {
                String conversation = d.senderId().equals(BRAND_USER_ID) ? d.recipientId() : d.senderId();
                data.addObject().put("id", d.eventId()).put("event_type", "MessageCreate").put("text", d.text())
                        .put("sender_id", d.senderId()).put("dm_conversation_id", conversation + "-" + BRAND_USER_ID)
                        .put("created_at", d.at().toString());
                if (d.senderHandle() != null) {
                    users.addObject().put("id", d.senderId()).put("username", d.senderHandle()).put("name", d.senderHandle());
                }
            });
            ObjectNode meta = page.putObject("meta").put("result_count", data.size());
            if (from + limit < newest.size()) {
                meta.put("next_token", "page-" + (from + limit)); // older events on the next page
            }
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(page.toString()).build();
        }

        @Override
        public String getName() {
            return "x-list-dms";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    /** DELETE /2/tweets/:id: deletes one of the posts the fake created, as X does; 404 for any other id. */
    private final class DeletePost implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String url = event.getRequest().getUrl();
            String id = url.substring(url.lastIndexOf('/') + 1);
            var response = ResponseDefinitionBuilder.like(event.getResponseDefinition())
                    .withHeader("Content-Type", "application/json");
            if (!created.removeIf(p -> p.id().equals(id))) {
                return response.withStatus(404).withBody(problemBody(404, "Not Found Error",
                        "Could not find tweet with id: [" + id + "].")).build();
            }
            deleted.add(id);
            return response.withStatus(200).withBody("{\"data\":{\"deleted\":true}}").build();
        }

        @Override
        public String getName() {
            return "x-delete-post";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    /** GET /2/users/:id/tweets?since_id=: the brand's posts newer than since_id, newest first. */
    private final class ListOwnPosts implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            var sinceParam = event.getRequest().queryParameter("since_id");
            long since = sinceParam.isPresent() ? Long.parseLong(sinceParam.firstValue()) : 0;
            boolean lagging = lookupsThatLag.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            List<CreatedPost> newer = new ArrayList<>(created.stream()
                    .filter(p -> !lagging && Long.parseLong(p.id()) > since).toList());
            newer.sort(Comparator.comparing((CreatedPost p) -> Long.parseLong(p.id())).reversed());
            ObjectNode page = JSON.createObjectNode();
            ArrayNode data = JSON.createArrayNode();
            for (CreatedPost p : newer) {
                ObjectNode post = data.addObject().put("id", p.id()).put("text", p.text()).put("author_id", BRAND_USER_ID);
                if (p.inReplyToId() != null) {
                    post.put("conversation_id", p.inReplyToId());
                    post.putArray("referenced_tweets").addObject().put("type", "replied_to").put("id", p.inReplyToId());
                }
                post.putArray("edit_history_tweet_ids").add(p.id());
            }
            if (!newer.isEmpty()) {
                page.set("data", data);
            }
            ObjectNode meta = page.putObject("meta").put("result_count", newer.size());
            if (!newer.isEmpty()) {
                meta.put("newest_id", newer.get(0).id()).put("oldest_id", newer.get(newer.size() - 1).id());
            }
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(page.toString()).build();
        }

        @Override
        public String getName() {
            return "x-own-posts";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
