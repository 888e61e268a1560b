package com.firstline.team;

import com.firstline.problem.ProblemException;
import com.firstline.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Admins govern the team: each change takes effect on the member's very next request, whether it
 * comes with a session cookie or a password, and each is in the audit trail with before and after.
 */
@QuarkusTest
class TeamGovernanceTest {

    private static final String PASSWORD = "first-password-of-member";

    @Inject
    TeamGovernance governance;

    @Test
    void aDisabledMemberIsSignedInNowhereUntilReEnabled() {
        String member = newMember(Role.AGENT);
        CookieFilter session = StateChangingApiTest.signInByForm(member, PASSWORD);
        withCookie(session).get("/api/drafts").then().statusCode(200);

        admin().post("/api/admin/team/{m}/disable", member).then().statusCode(200).body("disabled", is(true));
        withCookie(session).get("/api/drafts").then().statusCode(401);
        Api.as(member, PASSWORD).get("/api/drafts").then().statusCode(401);
        Api.anonymous().redirects().follow(false).formParam("j_username", member).formParam("j_password", PASSWORD)
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("error"));

        admin().post("/api/admin/team/{m}/enable", member).then().statusCode(200).body("disabled", is(false));
        Api.as(member, PASSWORD).get("/api/drafts").then().statusCode(200);
        withCookie(session).get("/api/drafts").then().statusCode(401);
        audited("TEAM_MEMBER_DISABLED", member + ": enabled → disabled");
        audited("TEAM_MEMBER_ENABLED", member + ": disabled → enabled");
    }

    @Test
    void endingSessionsRefusesEveryOpenSessionButNotTheNextSignIn() {
        String member = newMember(Role.AGENT);
        CookieFilter laptop = StateChangingApiTest.signInByForm(member, PASSWORD);
        CookieFilter phone = StateChangingApiTest.signInByForm(member, PASSWORD);
        withCookie(laptop).get("/api/drafts").then().statusCode(200);

        admin().post("/api/admin/team/{m}/end-sessions", member).then().statusCode(200);
        var refused = withCookie(laptop).get("/api/drafts");
        refused.then().statusCode(401);
        assertThat(refused.headers().getValues("Set-Cookie"), hasItem(startsWith("quarkus-credential=; Path=/; Max-Age=0")));
        withCookie(phone).redirects().follow(false).get("/").then().statusCode(302);

        CookieFilter again = StateChangingApiTest.signInByForm(member, PASSWORD);
        withCookie(again).get("/api/drafts").then().statusCode(200);
        audited("TEAM_MEMBER_SESSIONS_ENDED", member + ": sessions valid after any time → ");
    }

    @Test
    void aNewRoleAppliesToTheOpenSession() {
        String member = newMember(Role.AGENT);
        CookieFilter session = StateChangingApiTest.signInByForm(member, PASSWORD);
        withCookie(session).get("/api/audit").then().statusCode(403);

        admin().body(Map.of("role", "SUPERVISOR")).put("/api/admin/team/{m}/role", member).then().statusCode(200)
                .body("role", is("supervisor"));
        withCookie(session).get("/api/audit").then().statusCode(200);
        audited("TEAM_MEMBER_ROLE_CHANGED", member + ": agent → supervisor");
    }

    @Test
    void aNewPasswordReplacesTheOldAndEndsTheSessions() {
        String member = newMember(Role.AGENT);
        CookieFilter session = StateChangingApiTest.signInByForm(member, PASSWORD);

        admin().body(Map.of("password", "short")).put("/api/admin/team/{m}/password", member).then().statusCode(400);
        admin().body(Map.of("password", "second-password-of-member")).put("/api/admin/team/{m}/password", member)
                .then().statusCode(200);
        withCookie(session).get("/api/drafts").then().statusCode(401);
        Api.as(member, PASSWORD).get("/api/drafts").then().statusCode(401);
        Api.as(member, "second-password-of-member").get("/api/drafts").then().statusCode(200);
        Api.as("sue", "sue-pass").queryParam("action", "TEAM_MEMBER_PASSWORD_RESET").get("/api/audit").then()
                .body("detail", hasItem(member + ": a new password; sessions ended"))
                .body(not(containsString("second-password")));
    }

    @Test
    void theTeamKeepsAnEnabledAdmin() {
        admin().post("/api/admin/team/{m}/disable", "admin").then().statusCode(409);
        admin().post("/api/admin/team/{m}/disable", "nobody-here").then().statusCode(404);
        Api.as("dana", "dana-pass").post("/api/admin/team/{m}/disable", "sam").then().statusCode(403);

        // With every other admin disabled, the last one can be neither demoted nor disabled.
        QuarkusTransaction.begin();
        try {
            TeamMember.update("disabledAt = ?1 where role = 'admin' and username <> 'admin'", Instant.now());
            assertThrows(ProblemException.class, () -> governance.changeRole("root", "admin", Role.AGENT));
            assertThrows(ProblemException.class, () -> governance.disable("root", "admin"));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void theTeamIsListedWithoutPasswords() {
        String member = newMember(Role.SUPERVISOR);
        admin().get("/api/admin/team").then().statusCode(200)
                .body("find { it.username == '" + member + "' }.role", is("supervisor"))
                .body("find { it.username == '" + member + "' }.disabled", is(false))
                .body(not(containsString("passwordHash"))).body(not(containsString("$2a$")));
        Api.as("admin", "admin-pass").accept("text/html").get("/team").then().statusCode(200)
                .body(containsString(member));
        Api.as("sue", "sue-pass").accept("text/html").get("/team").then().statusCode(403);
    }

    static String newMember(Role role) {
        String member = role.code() + System.nanoTime() % 1_000_000;
        admin().body(Map.of("username", member, "password", PASSWORD, "role", role.name()))
                .post("/api/admin/team").then().statusCode(201);
        return member;
    }

    private static RequestSpecification admin() {
        return Api.as("admin", "admin-pass");
    }

    private static RequestSpecification withCookie(CookieFilter session) {
        return Api.anonymous().filter(session).contentType("application/json");
    }

    private static void audited(String action, String detail) {
        Api.as("sue", "sue-pass").queryParam("action", action).get("/api/audit").then().statusCode(200)
                .body("find { it.detail.startsWith('" + detail + "') }.actor", is("admin"));
    }
}
