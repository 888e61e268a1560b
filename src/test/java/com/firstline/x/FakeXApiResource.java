package com.firstline.x;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts {@link FakeXApi} on a free port for the X channel tests and points the client at it. */
public class FakeXApiResource implements QuarkusTestResourceLifecycleManager {

    private final FakeXApi fake = new FakeXApi();

    @Override
    public Map<String, String> start() {
        fake.start();
        return Map.of("firstline.x.api-base-url", fake.baseUrl());
    }

    @Override
    public void stop() {
        fake.stop();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(fake, new TestInjector.MatchesType(FakeXApi.class));
    }
}
