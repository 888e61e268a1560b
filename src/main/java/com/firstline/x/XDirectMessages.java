package com.firstline.x;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The brand's direct messages on X: reading the latest DM events and sending a DM to a customer,
 * with the OAuth 2.0 user token (firstline.x.dm.access-token) these v2 endpoints take.
 */
@ApplicationScoped
public class XDirectMessages {

    private static final String FIELDS = "id,event_type,text,sender_id,dm_conversation_id,created_at";
    /** A sent DM is looked for among events from a little before it was queued (clocks differ). */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

    @Inject
    XSettings settings;

    private XDmApi api;

    /** One DM from the event list: who wrote it (and their handle, where X gave it), when and what. */
    public record Received(String eventId, String conversationId, String senderId, String senderHandle,
                           String senderName, String text, Instant sentAt) {
    }

    @PostConstruct
    void build() {
        api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(settings.apiBaseUrl()))
                .connectTimeout(settings.http().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.http().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(XDmApi.class);
    }

    /** DMs are on: the X channel is, and a user token for them is configured. */
    public boolean enabled() {
        return settings.enabled() && settings.dm().accessToken().filter(t -> !t.isBlank()).isPresent();
    }

    /** One page of messages sent to or by the brand, newest first, and the token of the next (older) page. */
    public record Page(List<Received> messages, String nextToken) {
    }

    /** The latest messages sent to or by the brand, newest first. */
    public List<Received> latest() throws XApiException {
        return page(null).messages();
    }

    /** The page of messages after {@code paginationToken} (null: the newest). */
    public Page page(String paginationToken) throws XApiException {
        XDmApi.Events events = call("GET dm_events", () -> api.events(authorization(), "MessageCreate", FIELDS,
                "sender_id", "username,name", settings.dm().pageSize(), paginationToken));
        Map<String, XDmApi.User> users = events.includes() == null || events.includes().users() == null ? Map.of()
                : events.includes().users().stream().collect(Collectors.toMap(XDmApi.User::id, Function.identity(), (a, b) -> a));
        List<Received> messages = Objects.requireNonNullElse(events.data(), List.<XDmApi.Event>of()).stream()
                .filter(e -> e.id() != null && e.senderId() != null && e.text() != null)
                .map(e -> new Received(e.id(), e.conversationId(), e.senderId(),
                        Optional.ofNullable(users.get(e.senderId())).map(XDmApi.User::username).orElse(null),
                        Optional.ofNullable(users.get(e.senderId())).map(XDmApi.User::name).orElse(null),
                        e.text(), Objects.requireNonNullElse(e.createdAt(), Instant.now())))
                .toList();
        return new Page(messages, events.meta() == null ? null : events.meta().nextToken());
    }

    /** Sends a DM to the customer; returns its DM event id. */
    public String send(String participantId, String text) throws XApiException {
        XDmApi.Sent sent = call("POST dm", () -> api.send(authorization(), participantId, new XDmApi.Message(text)));
        if (sent == null || sent.data() == null || sent.data().eventId() == null) {
            throw XErrors.unreadable("POST dm", new IllegalStateException("no dm_event_id in the answer"));
        }
        return sent.data().eventId();
    }

    /** Our DM with these words, sent since it was queued, if X lists it: an earlier send that went through. */
    public Optional<String> findSent(String text, Instant queuedAt) throws XApiException {
        String brand = settings.brandUserId().orElse("");
        return latest().stream()
                .filter(m -> m.senderId().equals(brand) && m.text().equals(text)
                        && !m.sentAt().isBefore(queuedAt.minus(CLOCK_SLACK)))
                .map(Received::eventId).findFirst();
    }

    private String authorization() throws XApiException {
        return "Bearer " + settings.dm().accessToken().filter(t -> !t.isBlank()).orElseThrow(() -> new XApiException(
                XApiException.Failure.REJECTED, -1, null, "X DMs are not configured: set firstline.x.dm.access-token", null));
    }

    private interface Call<T> {
        T run() throws XApiException;
    }

    private static <T> T call(String name, Call<T> call) throws XApiException {
        try {
            return call.run();
        } catch (WebApplicationException e) {
            throw XErrors.classify(name, e);
        } catch (ProcessingException e) {
            throw XErrors.classify(name, e);
        }
    }
}
