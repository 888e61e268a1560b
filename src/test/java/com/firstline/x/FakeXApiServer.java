package com.firstline.x;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fake X API as a local server, to run Firstline against by hand (README: "Running against
 * the fake X API"). It serves the real recorded mentions page for the brand
 * {@link FakeXApi#BRAND_USER_ID}, creates the replies it is sent, lists them, and prints every
 * request. A simulation of X, not X. Port: -Dfake.x.port (default 8089).
 */
public final class FakeXApiServer {

    private static final Path RECORDED_MENTIONS = Path.of("src/test/resources/x-api/mentions-recorded.json");

    private FakeXApiServer() {
    }

    public static void main(String[] args) throws Exception {
        FakeXApi fake = new FakeXApi(Integer.getInteger("fake.x.port", 8089));
        fake.start();
        fake.serveMentions(Files.readString(RECORDED_MENTIONS));
        fake.printRequests(System.out);
        System.out.println("Fake X API (a simulation) at " + fake.baseUrl() + " for brand user id "
                + FakeXApi.BRAND_USER_ID + ", serving " + RECORDED_MENTIONS + ". Ctrl+C stops it.");
        Runtime.getRuntime().addShutdownHook(new Thread(fake::stop));
        Thread.currentThread().join();
    }
}
