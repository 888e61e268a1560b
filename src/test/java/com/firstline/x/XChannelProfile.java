package com.firstline.x;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one test profile with the X channel on: polling and publishing through Twitter4J against
 * {@link FakeXApi}. Polls are run by the tests (tick off), timeouts and thresholds are short.
 * Incident detection is on here only: its replies and broadcast go out through the same client.
 * The browser test that works a whole shift runs here, against the fake X API.
 */
public class XChannelProfile implements QuarkusTestProfile {

    /** DM events per read here, small so a test can fill several pages. */
    public static final int DM_PAGE_SIZE = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> settings = new HashMap<>(FakeXApi.brandAccount());
        settings.putAll(Map.ofEntries(
                Map.entry("firstline.x.enabled", "true"),
                Map.entry("firstline.publish.target", "x"),
                Map.entry("firstline.x.poll.tick", "off"),
                Map.entry("firstline.x.poll.requests-per-15-min", "10000"),
                Map.entry("firstline.x.poll.busy-interval", "1s"),
                Map.entry("firstline.x.poll.backoff-base", "2s"),
                Map.entry("firstline.x.poll.backoff-max", "1m"),
                Map.entry("firstline.x.poll.page-size", "10"),
                Map.entry("firstline.x.poll.backfill-max", "100"),
                Map.entry("firstline.x.http.read-timeout", "2s"),
                Map.entry("firstline.x.health.failing-after", "2s"),
                Map.entry("firstline.x.health.stale-after", "1h"),
                Map.entry("firstline.publish.retry-after", "1s"),
                Map.entry("firstline.pipeline.sweep-every", "1s"),
                Map.entry("firstline.x.dm.page-size", Integer.toString(DM_PAGE_SIZE)),
                Map.entry("firstline.incident.enabled", "true")));
        return settings;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeXApiResource.class));
    }
}
