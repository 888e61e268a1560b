package com.firstline.team;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** Single sign-on on, against {@link FakeSsoProvider}. */
public class SsoProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSsoProviderResource.class));
    }
}
