package com.firstline.review;

import com.firstline.support.Browser;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The workspace in a real headless Chromium (Debian's chromium and chromedriver, installed by
 * .ci/run): sign in, find a draft in the queue and work it with the keyboard, open its case,
 * edit and approve there, see who else is viewing, and see the second agent's approval of the
 * same draft refused. Post markup never runs. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class QueueInBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void anAgentEditsAndApprovesInTheQueueAndASecondAgentIsToldItIsTaken() throws Exception {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir <b>bold</b> question: can I take a guitar as cabin baggage on LU 77?"));
        long draftId = draftFor(postId);

        WebDriver dana = signIn("dana", "dana-pass");
        WebDriver sam = signIn("sam", "sam-pass");
        WebElement danaDraft = draft(dana, draftId);
        assertTrue(danaDraft.findElement(By.cssSelector(".post")).getText().contains("<b>bold</b>"),
                "post markup is shown as text");
        screenshot(dana, "queue");

        selectWithKeys(dana, draftId);
        press(dana, "e");
        WebElement text = danaDraft.findElement(By.name("text"));
        assertEquals(text, dana.switchTo().activeElement(), "e puts the cursor in the reply");
        text.clear();
        text.sendKeys("Hi Casey, yes: a guitar flies as your cabin bag if it fits 55x40x23 cm.");
        assertTrue(danaDraft.findElement(By.cssSelector(".counter")).getText().contains("/ 280"));
        WebElement samDraft = draft(sam, draftId);
        press(dana, Keys.ESCAPE);
        press(dana, "a");
        awaitOutput(dana, danaDraft, "approved");
        screenshot(dana, "queue-approved");

        samDraft.findElement(By.cssSelector("button[value=approve]")).click();
        String refusal = awaitOutput(sam, samDraft, "Conflict");
        assertTrue(refusal.contains("already APPROVED by dana"), refusal);
        screenshot(sam, "queue-conflict");
        assertEquals("APPROVED", Queue.draft(draftId).get("status"));
    }

    @Test
    void anAgentClaimsAndOpensACaseByKeyboardAndApprovesFromTheCasePage() throws Exception {
        String postId = Posts.newId();
        long caseId = Posts.send(Posts.post(postId,
                "@LumenAir <img src=x onerror=alert(1)> my pram was not at the gate in Porto after LU 118"));
        long draftId = draftFor(postId);
        WebDriver dana = signIn("dana", "dana-pass");

        // In the queue: move to the draft, claim its case, show only my cases, open the case.
        draft(dana, draftId);
        selectWithKeys(dana, draftId);
        press(dana, "c");
        WebElement claim = draft(dana, draftId, false).findElement(By.cssSelector(".claim-button"));
        new WebDriverWait(dana, WAIT).until(d -> claim.getText().equals("claimed by dana"));
        new Select(dana.findElement(By.name("claimedBy"))).selectByVisibleText("dana");
        dana.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(dana, WAIT).until(ExpectedConditions.urlContains("claimedBy=dana"));
        dana.findElements(By.cssSelector("article.draft .claim")).forEach(c -> assertEquals("claimed by dana", c.getText()));
        screenshot(dana, "queue-mine");
        selectWithKeys(dana, draftId);
        press(dana, "o");
        new WebDriverWait(dana, WAIT).until(ExpectedConditions.urlToBe(base() + "/cases/" + caseId));

        // The case page: the thread (markup as text), why it was prioritised, the draft's sources.
        String page = dana.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("<img src=x onerror=alert(1)> my pram"), page);
        assertTrue(page.contains("Why this priority"), page);
        assertTrue(page.contains("Knowledge-base passages the draft cites"), page);
        assertNoScriptRan(dana);
        screenshot(dana, "case");

        // A second agent opens the same case: each sees the other.
        WebDriver sam = signIn("sam", "sam-pass");
        sam.get(base() + "/cases/" + caseId);
        new WebDriverWait(sam, WAIT).until(d -> d.findElement(By.id("viewers")).getText().contains("Also viewing: dana"));
        dana.navigate().refresh();
        new WebDriverWait(dana, WAIT).until(d -> d.findElement(By.id("viewers")).getText().contains("Also viewing: sam"));
        screenshot(sam, "case-presence");

        // Edit and approve from the case page with the keyboard: e, type, Ctrl+Enter.
        WebElement danaDraft = caseDraft(dana, draftId);
        press(dana, "e");
        WebElement text = danaDraft.findElement(By.name("text"));
        text.clear();
        String edited = "Hi Casey, sorry your pram was not at the gate. Our Porto desk will bring it to you.";
        text.sendKeys(edited);
        new Actions(dana).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        awaitOutput(dana, danaDraft, "approved");
        screenshot(dana, "case-approved");

        // The second agent's page still shows the draft; approving it is refused.
        WebElement samDraft = caseDraft(sam, draftId);
        samDraft.findElement(By.cssSelector("button[value=approve]")).click();
        String refusal = awaitOutput(sam, samDraft, "Conflict");
        assertTrue(refusal.contains("already APPROVED by dana"), refusal);
        screenshot(sam, "case-conflict");
        var decided = Queue.draft(draftId);
        assertEquals("APPROVED", decided.get("status"));
        assertEquals(edited, decided.get("text"));
        assertEquals("dana", decided.get("decidedBy"));
    }

    @Test
    void anAgentReplacesADraftWithAnotherMacroByKeyboardAndByMouse() throws Exception {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir the wifi on LU 88 keeps dropping every five minutes"));
        long draftId = draftFor(postId);
        WebDriver dana = signIn("dana", "dana-pass");
        WebElement danaDraft = draft(dana, draftId);
        List<WebElement> closest = danaDraft.findElements(By.cssSelector(".macros .use-macro"));
        assertEquals(3, closest.size(), "the three closest macros sit beside the draft");

        // Keyboard: m finds a macro, Enter takes the first result (and does not approve the draft).
        selectWithKeys(dana, draftId);
        press(dana, "m");
        WebElement search = danaDraft.findElement(By.cssSelector(".macro-search"));
        assertEquals(search, dana.switchTo().activeElement(), "m puts the cursor in the macro search");
        search.sendKeys("cabin bag");
        new WebDriverWait(dana, WAIT).until(d -> !danaDraft.findElements(By.cssSelector(".macro-results button")).isEmpty());
        search.sendKeys(Keys.ENTER);
        WebElement text = danaDraft.findElement(By.name("text"));
        new WebDriverWait(dana, WAIT).until(d -> text.getAttribute("value").contains("8 kg"));
        assertTrue(danaDraft.findElement(By.cssSelector(".macro")).getText().startsWith("Macro: "));
        assertEquals("PENDING", Queue.draft(draftId).get("status"), "choosing a macro decides nothing");
        screenshot(dana, "queue-macro-search");

        // Mouse: one of the closest macros replaces the text again, filled in for this post.
        String before = text.getAttribute("value");
        String title = closest.get(0).getText();
        closest.get(0).click();
        new WebDriverWait(dana, WAIT).until(d -> !text.getAttribute("value").equals(before));
        assertEquals("Macro: " + title, danaDraft.findElement(By.cssSelector(".macro")).getText());
        var stored = Queue.draft(draftId);
        assertEquals(text.getAttribute("value"), stored.get("text"));
        press(dana, Keys.ESCAPE);
        press(dana, "a");
        awaitOutput(dana, danaDraft, "approved");
    }

    private static long draftFor(String postId) {
        return ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();
    }

    private static String base() {
        return Browser.url("");
    }

    private WebDriver signIn(String user, String password) {
        WebDriver browser = Browser.signIn(user, password);
        browsers.add(browser);
        return browser;
    }

    private static WebElement draft(WebDriver browser, long draftId) {
        return draft(browser, draftId, true);
    }

    private static WebElement draft(WebDriver browser, long draftId, boolean reload) {
        if (reload) {
            browser.navigate().refresh();
        }
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.draft[data-draft-id='" + draftId + "']")));
    }

    private static WebElement caseDraft(WebDriver browser, long draftId) {
        return browser.findElement(By.cssSelector("section.draft[data-draft-id='" + draftId + "']"));
    }

    /** Moves the queue's selection to the draft with j (and checks k on the way), as an agent would. */
    private static void selectWithKeys(WebDriver browser, long draftId) {
        List<String> ids = browser.findElements(By.cssSelector(".draft[data-draft-id]")).stream()
                .map(d -> d.getAttribute("data-draft-id")).toList();
        int index = ids.indexOf(Long.toString(draftId));
        assertTrue(index >= 0, "draft " + draftId + " is on the page");
        for (int i = 0; i < index; i++) {
            press(browser, "j");
        }
        if (index < ids.size() - 1) {
            press(browser, "j");
            press(browser, "k");
        }
        WebElement selected = browser.findElement(By.cssSelector(".draft.selected"));
        assertEquals(Long.toString(draftId), selected.getAttribute("data-draft-id"));
    }

    private static void press(WebDriver browser, CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static String awaitOutput(WebDriver browser, WebElement draft, String expected) {
        WebElement output = draft.findElement(By.tagName("output"));
        new WebDriverWait(browser, WAIT).until(d -> output.getText().contains(expected));
        return output.getText();
    }

    private static void assertNoScriptRan(WebDriver browser) {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "a post's markup ran");
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Browser.screenshot(browser, name);
    }
}
