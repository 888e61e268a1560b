package com.firstline.x;

import com.firstline.publish.OutgoingReply;
import com.firstline.publish.PublishException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * X switched on without what it needs (the brand's id, keys): no request is made, every call is
 * refused with the missing key named, readiness is DOWN from the start with that reason, and a
 * reply is parked rather than retried. Built from the real configuration mapping and the defaults
 * of application.properties, without a server.
 */
class XNotConfiguredTest {

    /** Over the real defaults of application.properties: the X channel on, with no keys, and X unreachable. */
    private static final Map<String, String> ENABLED_WITHOUT_KEYS = Map.of(
            "firstline.x.enabled", "true",
            "firstline.x.brand-user-id", FakeXApi.BRAND_USER_ID,
            "firstline.x.api-base-url", "http://127.0.0.1:9/2/",
            "firstline.x.http.connect-timeout", "1s",
            "firstline.x.http.read-timeout", "1s",
            "firstline.x.poll.tick", "off");

    private static final OutgoingReply REPLY = new OutgoingReply(1L, "1860000000000000001", "marta_r", "Hi Marta", Instant.now(), null);

    @Test
    void withNoKeysEveryCallIsRefusedAndReadinessIsDownWithTheReason() {
        XClient client = client(Map.of());

        String problem = client.configurationProblem().orElseThrow();
        assertTrue(problem.contains("firstline.x.credentials.bearer-token"), problem);
        XApiException refused = assertThrows(XApiException.class, () -> client.mentions(null, null, null));
        assertEquals(XApiException.Failure.REJECTED, refused.failure());
        assertTrue(refused.getMessage().contains("not configured"), refused.getMessage());

        ChannelHealth health = ingestion(client).health();
        assertTrue(health.isDown(), "DOWN before any poll has failed");
        assertTrue(health.lastError().contains("firstline.x.credentials.bearer-token"), health.lastError());
    }

    @Test
    void withoutTheBrandsIdNothingIsAsked() {
        Map<String, String> noBrand = new HashMap<>(ENABLED_WITHOUT_KEYS);
        noBrand.put("firstline.x.brand-user-id", "");
        XClient client = client(noBrand, Map.of("firstline.x.credentials.bearer-token", "a-token"));

        assertTrue(client.configurationProblem().orElseThrow().contains("firstline.x.brand-user-id is not set"));
        assertTrue(ingestion(client).health().isDown());
    }

    @Test
    void aReplyCannotBePostedWithABearerTokenAloneAndIsParkedNotRetried() {
        XClient client = client(Map.of("firstline.x.credentials.bearer-token", "a-token"));
        assertTrue(client.configurationProblem().isEmpty(), "reading mentions is possible");
        XPublisher publisher = new XPublisher();
        publisher.client = client;

        PublishException refused = assertThrows(PublishException.class, () -> publisher.publish(REPLY));

        assertEquals(PublishException.Outcome.REJECTED, refused.outcome());
        assertTrue(refused.getMessage().contains("OAuth 1.0a user context"), refused.getMessage());
    }

    @Test
    void halfASetOfOAuthKeysNamesTheMissingOne() {
        XClient client = client(Map.of("firstline.x.credentials.access-token", "token",
                "firstline.x.credentials.consumer-key", "key"));
        assertTrue(client.configurationProblem().orElseThrow().contains("firstline.x.credentials.consumer-secret"));
    }

    private static XClient client(Map<String, String> keys) {
        return client(ENABLED_WITHOUT_KEYS, keys);
    }

    private static XClient client(Map<String, String> base, Map<String, String> keys) {
        Map<String, String> all = new HashMap<>(base);
        all.putAll(keys);
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withMapping(XSettings.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(applicationProperties(), new PropertiesConfigSource(all, "test", 500)).build();
        XClient client = new XClient();
        client.settings = config.getConfigMapping(XSettings.class);
        client.reachability = new XReachability();
        return client;
    }

    /** The defaults as shipped, so a new key with a default needs no change here. */
    private static PropertiesConfigSource applicationProperties() {
        try {
            return new PropertiesConfigSource(XNotConfiguredTest.class.getResource("/application.properties"), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XIngestion ingestion(XClient client) {
        XIngestion ingestion = new XIngestion();
        ingestion.settings = client.settings;
        ingestion.client = client;
        ingestion.reachability = client.reachability;
        ingestion.start();
        return ingestion;
    }
}
