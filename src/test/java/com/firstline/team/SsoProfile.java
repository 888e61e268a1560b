package com.firstline.team;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * Single sign-on on, against {@link FakeSsoProvider}; and, as where a company runs it, behind a
 * TLS proxy that Firstline trusts (the loopback address), which says {@code https} in X-Forwarded-Proto.
 */
public class SsoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-trusted-proxies", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1,[::1]");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSsoProviderResource.class));
    }
}
