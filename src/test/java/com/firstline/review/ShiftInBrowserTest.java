package com.firstline.review;

import com.firstline.incident.Incident;
import com.firstline.incident.IncidentStatus;
import com.firstline.incident.Spike;
import com.firstline.publish.Reply;
import com.firstline.publish.ReplyStatus;
import com.firstline.support.Api;
import com.firstline.support.Axe;
import com.firstline.support.Browser;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import com.firstline.x.DmPoller;
import com.firstline.x.FakeXApi;
import com.firstline.x.XChannelProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole shift in a real headless Chromium against the fake X API, on desktop and at phone
 * width, and axe-core over the pages agents and supervisors live in.
 */
@QuarkusTest
@TestProfile(XChannelProfile.class)
class ShiftInBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration AWAIT = Duration.ofSeconds(30);

    FakeXApi fake;

    @Inject
    DmPoller dmPoller;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    /**
     * Dana's shift, from the keyboard: approve a draft, write a reply where the draft was wrong,
     * follow up, answer a DM, resend a reply X refused, close a thank-you without a reply, take a
     * post back from spam, escalate with a handover note; Sue sees the escalation in her header and
     * takes it over. Every message reaches the fake X API once, and every step is audited.
     */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void anAgentWorksAWholeShiftFromTheKeyboard(int width) {
        fake.reset();
        Shift shift = new Shift(width);
        WebDriver dana = signIn("dana", width);

        // 1. Approve a draft: select it with j/k, edit, Esc, a.
        dana.get(Browser.url("/?claimedBy=dana"));
        fitsTheScreen(dana, width);
        WebElement approve = select(dana, shift.approve.draftId());
        press(dana, "e");
        replaceText(approve.findElement(By.name("text")), "Hi, yes: a surfboard flies as sports equipment, book it up to 24 h before. Ref " + width);
        press(dana, Keys.ESCAPE);
        press(dana, "a");
        awaitOutput(dana, approve, "approved");
        awaitPosts(shift.approve.postId(), 1);

        // 2. Reject a wrong draft (r, reason, Enter), open its case (o) and write the reply there.
        WebElement wrong = select(dana, shift.write.draftId());
        press(dana, "r");
        dana.switchTo().activeElement().sendKeys("not about our seats policy", Keys.ENTER);
        awaitOutput(dana, wrong, "rejected");
        press(dana, Keys.ESCAPE);
        press(dana, "o");
        new WebDriverWait(dana, WAIT).until(ExpectedConditions.urlContains("/cases/" + shift.write.caseId()));
        fitsTheScreen(dana, width);
        send(dana, "#write-reply textarea", "section.compose", "Sorry about the broken seat on LU 118. We have logged it and refunded the seat fee. Ref " + width, true);
        awaitPosts(shift.write.postId(), 1);

        // 3. A follow-up in the first case, under the customer's post.
        dana.get(Browser.url("/cases/" + shift.approve.caseId()));
        send(dana, "#write-reply textarea", "section.compose", "Update: your surfboard slot is confirmed on LU 215. Ref " + width, true);
        awaitPosts(shift.approve.postId(), 2);

        // 4. A DM arrives: the header says so, the DM view leads to the case, the agent answers privately.
        fake.receiveDm(shift.approve.customerId(), shift.approve.handle(), "My booking is ZK4P7Q, can you add the board to it?");
        assertEquals(1, dmPoller.poll());
        dana.get(Browser.url("/"));
        follow(dana, "DMs waiting");
        dana.findElement(By.cssSelector("a[href='/cases/" + shift.approve.caseId() + "']")).sendKeys(Keys.ENTER);
        new WebDriverWait(dana, WAIT).until(ExpectedConditions.urlContains("/cases/" + shift.approve.caseId()));
        fitsTheScreen(dana, width);
        send(dana, "#write-dm textarea", "section.direct-messages", "Done: booking ZK4P7Q now includes one surfboard.", false);
        await().atMost(AWAIT).until(() -> fake.sentDms().size() == 1);

        // 5. X refuses a reply for good; the Failed view resends it once X accepts.
        fake.answerPosts(FakeXApi.problem(403, "Forbidden", "You are not permitted to perform this action."));
        dana.get(Browser.url("/?claimedBy=dana"));
        WebElement refused = select(dana, shift.resend.draftId());
        press(dana, "e");
        replaceText(refused.findElement(By.name("text")), "Hi, yes: vegan meals are free on LU 40, order them 48 h ahead. Ref " + width);
        press(dana, Keys.ESCAPE);
        press(dana, "a");
        awaitOutput(dana, refused, "approved");
        long failedReply = await().atMost(AWAIT).until(() -> failedReplyFor(shift.resend.caseId()), id -> id != null);
        fake.createPostsNormally();
        dana.get(Browser.url("/"));
        follow(dana, "failed");
        fitsTheScreen(dana, width);
        WebElement failed = dana.findElement(By.cssSelector("article.failed[data-reply-id='" + failedReply + "']"));
        failed.findElement(By.cssSelector("button.api-action")).sendKeys(Keys.ENTER);
        new WebDriverWait(dana, WAIT).until(d -> failed.findElement(By.tagName("output")).getText().equals("done"));
        awaitPosts(shift.resend.postId(), 1);

        // 6. A thank-you needs no reply: resolve it.
        dana.get(Browser.url("/cases/" + shift.resolve.caseId()));
        dana.findElement(By.cssSelector("button[data-body*='NO_REPLY_NEEDED']")).sendKeys(Keys.ENTER);
        new WebDriverWait(dana, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
        await().atMost(AWAIT).untilAsserted(() -> given().get("/api/cases/{id}", shift.resolve.caseId()).then()
                .body("resolution", is("NO_REPLY_NEEDED")));

        // 7. A real complaint filed as spam: take it back from the spam view.
        dana.get(Browser.url("/spam"));
        fitsTheScreen(dana, width);
        WebElement spam = dana.findElements(By.cssSelector("article.spam")).stream()
                .filter(a -> a.getText().contains(shift.spamMarker)).findFirst().orElseThrow();
        spam.findElement(By.cssSelector("button.api-action")).sendKeys(Keys.ENTER);
        new WebDriverWait(dana, WAIT).until(d -> spam.findElement(By.tagName("output")).getText().equals("done"));
        Queue.awaitDraftFor(shift.spamPostId);

        // 8. Escalate with a handover note (x, note, Esc, x); Sue sees it counted in her header and takes over.
        dana.get(Browser.url("/?claimedBy=dana"));
        WebElement escalated = select(dana, shift.escalate.draftId());
        press(dana, "x");
        dana.switchTo().activeElement().sendKeys("Rude crew on LU 310; customer's mother was in a wheelchair. Needs a supervisor.");
        press(dana, Keys.ESCAPE);
        press(dana, "x");
        awaitOutput(dana, escalated, "escalated");
        WebDriver sue = signIn("sue", width);
        follow(sue, "escalated");
        new WebDriverWait(sue, WAIT).until(ExpectedConditions.urlContains("status=ESCALATED"));
        select(sue, shift.escalate.draftId());
        press(sue, "o");
        new WebDriverWait(sue, WAIT).until(ExpectedConditions.urlContains("/cases/" + shift.escalate.caseId()));
        assertTrue(sue.findElement(By.cssSelector("section.notes")).getText().contains("Needs a supervisor"), "the handover note");
        sue.findElement(By.cssSelector("button.take-over")).sendKeys(Keys.ENTER);
        new WebDriverWait(sue, WAIT).until(d -> d.findElement(By.cssSelector("button.take-over"))
                .findElement(By.xpath("following-sibling::output")).getText().equals("done"));
        WebElement draft = sue.findElement(By.cssSelector("section.draft[data-draft-id='" + shift.escalate.draftId() + "']"));
        press(sue, "e");
        replaceText(draft.findElement(By.name("text")), "We're sorry about how your mother was treated on LU 310. Please DM us the booking so we can make it right.");
        new Actions(sue).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        awaitOutput(sue, draft, "approved");
        awaitPosts(shift.escalate.postId(), 1);

        // Every message once; every step in the audit trail.
        assertEquals(2, posts(shift.approve.postId()));
        assertEquals(1, posts(shift.write.postId()));
        assertEquals(1, posts(shift.resend.postId()));
        assertEquals(1, posts(shift.escalate.postId()));
        assertEquals(0, posts(shift.resolve.postId()));
        assertEquals(1, fake.sentDms().size());
        assertAudited(shift.approve.caseId(), "APPROVED_EDITED", "REPLY_SENT", "FOLLOW_UP_WRITTEN", "DM_RECEIVED", "DM_WRITTEN", "DM_SENT");
        assertAudited(shift.write.caseId(), "REJECTED", "REPLY_WRITTEN", "REPLY_SENT");
        assertAudited(shift.resend.caseId(), "REPLY_FAILED", "REPLY_RESENT", "REPLY_SENT");
        assertAudited(shift.resolve.caseId(), "CASE_RESOLVED");
        assertAudited(shift.spamCaseId, "NOT_SPAM");
        assertAudited(shift.escalate.caseId(), "ESCALATED", "ASSIGNED", "APPROVED_EDITED", "REPLY_SENT");
    }

    /** One post of the shift: its customer, case and draft. */
    private record Work(String postId, String customerId, String handle, long caseId, long draftId) {
    }

    /** The posts of one shift, each from its own customer, their cases assigned to Dana by her lead. */
    private static final class Shift {
        final Work approve;
        final Work write;
        final Work resend;
        final Work resolve;
        final Work escalate;
        final String spamPostId = Posts.newId();
        final String spamMarker;
        final long spamCaseId;

        Shift(int width) {
            approve = work(width, 1, "@LumenAir can I bring my surfboard on LU 215?");
            write = work(width, 2, "@LumenAir my seat on LU 118 was broken the whole flight and nobody helped");
            resend = work(width, 3, "@LumenAir do you have vegan meals on LU 40?");
            resolve = work(width, 4, "@LumenAir thank you for the lovely crew today, best flight ever!");
            escalate = work(width, 5, "@LumenAir the crew on LU 310 were rude to my mother and nobody apologised");
            // A real complaint that trips the spam marks: promo words and a link.
            spamMarker = "@shift_6_" + width;
            spamCaseId = Posts.send(Posts.post(spamPostId, spamPostId, "@LumenAir your giveaway promo code failed and my bag"
                    + " is lost on LU 215, see https://example.com/photo", customer(width, 6), "shift_6_" + width, 40));
            await().atMost(AWAIT).until(() -> QuarkusTransaction.requiringNew().call(() ->
                    Triage.count("mention.postId = ?1 and intent = ?2", spamPostId, Intent.SPAM) == 1));
        }

        private static String customer(int width, int n) {
            return "43" + String.format("%05d", width) + "0000000000" + n;
        }

        private static Work work(int width, int n, String text) {
            String postId = Posts.newId();
            String handle = "shift_" + n + "_" + width;
            long caseId = Posts.send(Posts.post(postId, postId, text, customer(width, n), handle, 80));
            long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
            Api.as("sue", "sue-pass").body(Map.of("agent", "dana")).post("/api/cases/{id}/assign", caseId).then().statusCode(200);
            return new Work(postId, customer(width, n), handle, caseId, draftId);
        }
    }

    private WebDriver signIn(String user, int width) {
        WebDriver browser = Browser.signIn(user, user + "-pass", width, width < 700 ? 844 : 1600);
        browsers.add(browser);
        return browser;
    }

    /** Moves the queue's selection to the draft with j, as an agent would, and returns it. */
    private static WebElement select(WebDriver browser, long draftId) {
        List<String> ids = browser.findElements(By.cssSelector(".draft[data-draft-id]")).stream()
                .map(d -> d.getAttribute("data-draft-id")).toList();
        int index = ids.indexOf(Long.toString(draftId));
        assertTrue(index >= 0, "draft " + draftId + " is in the queue");
        press(browser, "k".repeat(ids.size()));
        press(browser, "j".repeat(index));
        WebElement selected = browser.findElement(By.cssSelector(".draft.selected"));
        assertEquals(Long.toString(draftId), selected.getAttribute("data-draft-id"));
        return selected;
    }

    private static void press(WebDriver browser, CharSequence keys) {
        if (keys.length() > 0) {
            new Actions(browser).sendKeys(keys).perform();
        }
    }

    private static void replaceText(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static void awaitOutput(WebDriver browser, WebElement draft, String expected) {
        WebElement output = draft.findElement(By.cssSelector("form.decide output"));
        new WebDriverWait(browser, WAIT).until(d -> output.getText().contains(expected));
    }

    /** Types into a case page's box and presses its send button (Enter), confirming when it asks. */
    private static void send(WebDriver browser, String field, String section, String text, boolean confirms) {
        browser.findElement(By.cssSelector(field)).sendKeys(text);
        WebElement box = browser.findElement(By.cssSelector(section));
        box.findElement(By.cssSelector("button.api-action")).sendKeys(Keys.ENTER);
        if (confirms) {
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
        }
        new WebDriverWait(browser, WAIT).until(d -> box.findElement(By.cssSelector("button.api-action + output")).getText().equals("done"));
    }

    /** Follows the header's count link whose text ends with this label. */
    private static void follow(WebDriver browser, String label) {
        WebElement link = new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.cssSelector("nav.attention a")).stream()
                .filter(a -> a.getText().endsWith(label) && !a.getText().startsWith("0 ")).findFirst().orElse(null));
        link.sendKeys(Keys.ENTER);
    }

    /** At phone width nothing is wider than the screen: no sideways scrolling. */
    private static void fitsTheScreen(WebDriver browser, int width) {
        Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertTrue(scrollWidth.intValue() <= viewport.intValue(),
                browser.getCurrentUrl() + " scrolls sideways at " + width + " px: " + scrollWidth + " > " + viewport);
    }

    private void awaitPosts(String postId, int count) {
        await().atMost(AWAIT).until(() -> posts(postId) == count);
    }

    private long posts(String postId) {
        return fake.createdPosts().stream().filter(p -> postId.equals(p.inReplyToId())).count();
    }

    private static Long failedReplyFor(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> Reply.<Reply>find("supportCase.id = ?1 and status = ?2",
                caseId, ReplyStatus.FAILED).firstResultOptional().map(r -> r.id).orElse(null));
    }

    private static void assertAudited(long caseId, String... actions) {
        given().get("/api/cases/{id}", caseId).then().body("audit.action", hasItems(actions));
    }

    @Test
    void axeFindsNothingSeriousOnTheQueueCaseDashboardAutopilotAndIncidentPages() {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId, "@LumenAir is there a lounge in Lisbon terminal 1?"));
        Queue.awaitDraftFor(postId);
        long incidentId = resolvedIncident();
        WebDriver sue = Browser.signIn("sue", "sue-pass");
        browsers.add(sue);

        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String page : List.of("/", "/cases/" + caseId, "/insight", "/autopilot", "/incidents", "/incidents/" + incidentId,
                "/failed", "/dms")) {
            sue.get(Browser.url(page));
            List<String> violations = Axe.seriousViolations(sue);
            if (!violations.isEmpty()) {
                found.put(page, violations);
            }
        }
        assertEquals(Map.of(), found);
    }

    /** An incident as the tracker leaves it once resolved, for its page. */
    private static long resolvedIncident() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Incident incident = new Incident();
            incident.title = "Check-in in the app failing";
            incident.status = IncidentStatus.RESOLVED;
            incident.kind = Spike.Kind.INTENT;
            incident.intent = Intent.values()[0];
            incident.centroid = "0";
            incident.notes = "Fixed by 10:40.";
            incident.sources = "";
            incident.broadcastText = "Check-in in our app is working again.";
            incident.holdingText = "Hi @{handle}, check-in in our app is failing right now; we are fixing it.";
            incident.followUpText = "Hi @{handle}, check-in works again. Thanks for your patience.";
            incident.warnings = "";
            incident.openedAt = Instant.now().minusSeconds(3600);
            incident.firstPostAt = incident.openedAt;
            incident.draftedAt = incident.openedAt;
            incident.resolvedBy = "sue";
            incident.resolvedAt = Instant.now();
            incident.persist();
            return incident.id;
        });
    }
}
