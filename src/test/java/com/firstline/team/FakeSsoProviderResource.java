package com.firstline.team;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts {@link FakeSsoProvider} and turns single sign-on on against it, with two mapped groups. */
public class FakeSsoProviderResource implements QuarkusTestResourceLifecycleManager {

    private final FakeSsoProvider provider = new FakeSsoProvider();

    @Override
    public Map<String, String> start() {
        provider.start();
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", provider.issuer(),
                "quarkus.oidc.client-id", FakeSsoProvider.CLIENT_ID,
                "quarkus.oidc.credentials.secret", "test-client-secret",
                "firstline.sso.roles.care-agents", "agent",
                "firstline.sso.roles.care-leads", "supervisor");
    }

    @Override
    public void stop() {
        provider.stop();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(provider, new TestInjector.MatchesType(FakeSsoProvider.class));
    }
}
