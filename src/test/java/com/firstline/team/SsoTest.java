package com.firstline.team;

import com.firstline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Members sign in with the company's provider through the real OpenID Connect code flow, against
 * a fake provider: their groups give their role, the first sign-in adds them to the team, and the
 * team's governance applies to them as to anyone. The local sign-in keeps working beside it. The
 * profile also puts Firstline behind a TLS proxy, where its session cookie must be Secure.
 */
@QuarkusTest
@TestProfile(SsoProfile.class)
class SsoTest {

    FakeSsoProvider provider;

    @Test
    void aProviderSignInGivesTheRoleOfTheMembersGroups() {
        String lee = "lee" + System.nanoTime() % 100000;
        CookieFilter agent = signInThroughProvider(lee, List.of("staff", "care-agents"));
        as(agent).get("/api/drafts").then().statusCode(200);
        as(agent).get("/api/audit").then().statusCode(403);
        as(agent).accept("text/html").get("/").then().statusCode(200).body(containsString("Sign out"));

        String kai = "kai" + System.nanoTime() % 100000;
        CookieFilter lead = signInThroughProvider(kai, List.of("care-agents", "care-leads"));
        as(lead).queryParam("action", "TEAM_MEMBER_ADDED").get("/api/audit").then().statusCode(200)
                .body("find { it.detail == '" + lee + ": none → agent' }.actor", is("sso"));
        Api.as("admin", "admin-pass").get("/api/admin/team").then()
                .body("find { it.username == '" + kai + "' }.role", is("supervisor"))
                .body("find { it.username == '" + kai + "' }.displayName", is("SSO " + kai));
    }

    @Test
    void someoneInNoMappedGroupIsRefused() {
        String pat = "pat" + System.nanoTime() % 100000;
        CookieFilter outsider = new CookieFilter();
        comeBackFromProvider(outsider, pat, List.of("finance")).then().statusCode(401);
        as(outsider).get("/api/drafts").then().statusCode(401);
        Api.as("admin", "admin-pass").get("/api/admin/team").then().body("username", not(hasItem(pat)));
    }

    @Test
    void aDisabledProviderMemberIsRefusedAndEndedSessionsSignInAgain() {
        String lee = "lee" + System.nanoTime() % 100000;
        CookieFilter agent = signInThroughProvider(lee, List.of("care-agents"));
        as(agent).get("/api/drafts").then().statusCode(200);

        Api.as("admin", "admin-pass").post("/api/admin/team/{m}/end-sessions", lee).then().statusCode(200);
        long endedInSecond = Instant.now().getEpochSecond();
        as(agent).get("/api/drafts").then().statusCode(401);
        // The provider's tokens tell time in whole seconds: a sign-in within the second of the end counts as before it.
        await().atMost(Duration.ofSeconds(2)).until(() -> Instant.now().getEpochSecond() > endedInSecond);
        CookieFilter again = signInThroughProvider(lee, List.of("care-agents"));
        as(again).get("/api/drafts").then().statusCode(200);

        Api.as("admin", "admin-pass").post("/api/admin/team/{m}/disable", lee).then().statusCode(200);
        as(again).get("/api/drafts").then().statusCode(401);
        comeBackFromProvider(new CookieFilter(), lee, List.of("care-agents")).then().statusCode(401);
    }

    /** A page opened without a session goes to the provider; local accounts sign in at /login.html. */
    @Test
    void theLocalSignInStaysBesideIt() {
        Api.anonymous().get("/sign-in/options").then().statusCode(200).body("sso", is(true));
        Api.anonymous().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", startsWith(provider.issuer() + "/authorize"));
        Api.anonymous().get("/login.html").then().statusCode(200).body(containsString("/sso/login"));
        Api.as("admin", "admin-pass").get("/api/drafts").then().statusCode(200);
        CookieFilter local = StateChangingApiTest.signInByForm("dana", "dana-pass");
        as(local).get("/api/drafts").then().statusCode(200);
    }

    /** Behind the TLS proxy, the session cookie is marked Secure; straight to the server, it is not. */
    @Test
    void theSessionCookieIsSecureBehindATlsProxy() {
        var viaProxy = Api.anonymous().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7").formParam("j_username", "dana").formParam("j_password", "dana-pass")
                .post("/j_security_check");
        viaProxy.then().statusCode(302).header("Location", startsWith("https://"));
        assertThat(viaProxy.headers().getValues("Set-Cookie"), hasItem(allOf(startsWith("quarkus-credential="),
                containsString("Secure"))));
        var direct = Api.anonymous().redirects().follow(false).formParam("j_username", "dana")
                .formParam("j_password", "dana-pass").post("/j_security_check");
        assertThat(direct.headers().getValues("Set-Cookie"), hasItem(allOf(startsWith("quarkus-credential="),
                not(containsString("Secure")))));
    }

    /** As a browser does it: to the provider, back with a code and the state, then on to the queue. */
    private CookieFilter signInThroughProvider(String username, List<String> groups) {
        CookieFilter browser = new CookieFilter();
        comeBackFromProvider(browser, username, groups).then().statusCode(302);
        as(browser).redirects().follow(false).get("/sso/login").then().statusCode(303)
                .header("Location", endsWith("/"));
        return browser;
    }

    /** To the provider's sign-in page, and back from it with a code for this person and the state. */
    private Response comeBackFromProvider(CookieFilter browser, String username, List<String> groups) {
        Response toProvider = as(browser).redirects().follow(false).get("/sso/login");
        toProvider.then().statusCode(302).header("Location", startsWith(provider.issuer() + "/authorize"));
        Map<String, String> asked = query(URI.create(toProvider.header("Location")));
        provider.signsIn(username, groups);

        return as(browser).redirects().follow(false).urlEncodingEnabled(false)
                .get(asked.get("redirect_uri") + "?code=code-for-" + username + "&state="
                        + URLEncoder.encode(asked.get("state"), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static RequestSpecification as(CookieFilter browser) {
        return Api.anonymous().filter(browser).contentType("application/json");
    }
}
