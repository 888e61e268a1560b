package com.firstline.team;

import com.firstline.audit.AuditEvent;
import com.firstline.cases.Case;
import com.firstline.drafting.Draft;
import com.firstline.ingest.Mention;
import com.firstline.publish.Reply;
import com.firstline.review.CaseViewer;
import com.firstline.support.Api;
import com.firstline.support.ApiEndpoints;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every API that changes state, found by reflection over the compiled resources (so a new one is
 * never forgotten), refuses callers without a sign-in, and refuses a signed-in browser's
 * cross-site form posts of each kind a form can send, changing nothing.
 */
@QuarkusTest
class StateChangingApiTest {

    private static final String EVIL_ORIGIN = "https://evil.example";
    private static final String BOUNDARY = "xsrfboundary";
    /** What a cross-site HTML form (or a simple fetch without CORS) can send: content type and body. */
    private static final Map<String, String> FORM_BODIES = Map.of(
            "application/x-www-form-urlencoded", "text=hacked&reason=hacked&agent=sam&username=evil&password=evil-password&role=ADMIN",
            "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhacked\r\n--" + BOUNDARY + "--\r\n",
            "text/plain", "{\"text\":\"hacked\",\"agent\":\"sam\",\"username\":\"evil\",\"password\":\"evil-password\",\"role\":\"ADMIN\"}");

    /** A state-changing endpoint: its HTTP method and path template. */
    record Endpoint(String method, String template) {
        String path(long caseId, long draftId) {
            long id = template.startsWith("/api/drafts/") ? draftId : caseId;
            return template.replaceAll("\\{[^}]+}", Long.toString(id));
        }
    }

    long caseId;
    long draftId;

    @BeforeEach
    void aFreshCaseWithADraft() {
        String postId = Posts.newId();
        caseId = Posts.send(Posts.post(postId, "@LumenAir my bag is lost on LU 215, what now?"));
        draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
    }

    @Test
    void theEndpointsAreFoundAndAllUnderTheJsonApi() throws Exception {
        List<Endpoint> endpoints = stateChangingEndpoints();
        assertTrue(endpoints.contains(new Endpoint("POST", "/api/drafts/{id}/approve")), endpoints.toString());
        assertTrue(endpoints.contains(new Endpoint("DELETE", "/api/cases/{id}/claim")), endpoints.toString());
        assertTrue(endpoints.contains(new Endpoint("POST", "/api/admin/team")), endpoints.toString());
        endpoints.forEach(e -> assertTrue(e.template().startsWith("/api/"), e + " is outside /api/, where only JSON is taken"));
    }

    @Test
    void everyStateChangingApiRefusesCallersWithoutASignIn() throws Exception {
        State before = state();
        for (Endpoint endpoint : stateChangingEndpoints()) {
            request(Api.anonymous().redirects().follow(false).contentType("application/json").body("{}"), endpoint)
                    .then().statusCode(describedAs(endpoint + " anonymous", is(401)));
            // A wrong password is refused (401), and once past the sign-in throttle's allowance, before it is checked (429).
            request(Api.as("intruder", "wrong-password").contentType("application/json").body("{}"), endpoint)
                    .then().statusCode(describedAs(endpoint + " wrong password", anyOf(is(401), is(429))));
        }
        assertEquals(before, state());
    }

    @Test
    void crossSiteFormPostsToEveryStateChangingApiAreRefusedAndChangeNothing() throws Exception {
        CookieFilter admin = signInByForm("admin", "admin-pass");
        State before = state();

        for (Endpoint endpoint : stateChangingEndpoints()) {
            for (var form : FORM_BODIES.entrySet()) {
                // As a browser sends it: its Origin and Sec-Fetch-Site say where the form was.
                request(crossSiteForm(admin, form.getKey(), form.getValue())
                        .header("Origin", EVIL_ORIGIN).header("Sec-Fetch-Site", "cross-site"), endpoint)
                        .then().statusCode(describedAs(endpoint + " " + form.getKey() + " cross-site", is(403)));
                // A browser that leaves both headers out: the content type alone is refused.
                request(crossSiteForm(admin, form.getKey(), form.getValue()), endpoint)
                        .then().statusCode(describedAs(endpoint + " " + form.getKey() + " without origin", is(415)));
            }
            // Even JSON from another origin (a CORS preflight would stop a browser first).
            request(session(admin).contentType("application/json").body("{}").header("Origin", EVIL_ORIGIN), endpoint)
                    .then().statusCode(describedAs(endpoint + " JSON from another origin", is(403)));
        }
        assertEquals(before, state());

        // The same session from our own page works: the refusals above were not for want of a sign-in.
        session(admin).contentType("application/json").header("Origin", "http://localhost:" + RestAssured.port)
                .header("Sec-Fetch-Site", "same-origin").post("/api/cases/{id}/claim", caseId)
                .then().statusCode(200).body("claimedBy", is("admin"));
    }

    @Test
    void aCrossSiteLoginFormIsRefused() {
        Api.anonymous().redirects().follow(false).header("Origin", EVIL_ORIGIN)
                .formParam("j_username", "admin").formParam("j_password", "admin-pass")
                .post("/j_security_check").then().statusCode(403).header("Set-Cookie", nullValue());
    }

    /** The body sent as it is under the given content type, as a browser's form sends it. */
    private static RequestSpecification crossSiteForm(CookieFilter session, String contentType, String body) {
        return session(session).config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)))
                .contentType(contentType).body(body);
    }

    private static RequestSpecification session(CookieFilter session) {
        return Api.anonymous().filter(session).redirects().follow(false);
    }

    private io.restassured.response.Response request(RequestSpecification spec, Endpoint endpoint) {
        return spec.request(endpoint.method(), endpoint.path(caseId, draftId));
    }

    static CookieFilter signInByForm(String user, String password) {
        CookieFilter session = new CookieFilter();
        Api.anonymous().filter(session).redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302);
        return session;
    }

    /** What a refused request must not change. */
    record State(long auditEvents, long members, long mentions, long replies, long viewers, long claimedCases,
                 String draftStatus, long draftVersion) {
    }

    private State state() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Draft draft = Draft.findById(draftId);
            return new State(AuditEvent.count(), TeamMember.count(), Mention.count(), Reply.count(), CaseViewer.count(),
                    Case.count("claimedBy is not null"), draft.status.name(), draft.version);
        });
    }

    /** POST, PUT, PATCH and DELETE methods of every JAX-RS resource in the application. */
    static List<Endpoint> stateChangingEndpoints() throws IOException, ClassNotFoundException {
        return ApiEndpoints.all().stream().filter(e -> !List.of("GET", "HEAD", "OPTIONS").contains(e.method()))
                .map(e -> new Endpoint(e.method(), e.template())).toList();
    }
}
