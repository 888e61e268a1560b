package com.firstline.review;

import com.firstline.support.Browser;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue in a real headless Chromium (Debian's chromium and chromedriver, installed by
 * .ci/run): sign in, find a case, edit and approve its draft, and see the second agent's
 * approval of the same draft refused. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class QueueInBrowserTest {

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void anAgentEditsAndApprovesAndASecondAgentIsToldItIsTaken() throws Exception {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir <b>bold</b> question: can I take a guitar as cabin baggage on LU 77?"));
        long draftId = ((Number) Queue.awaitDraftFor(postId).get("id")).longValue();

        WebDriver dana = signIn("dana", "dana-pass");
        WebDriver sam = signIn("sam", "sam-pass");
        WebElement danaDraft = draft(dana, draftId);
        assertTrue(danaDraft.findElement(By.cssSelector(".post")).getText().contains("<b>bold</b>"),
                "post markup is shown as text");
        screenshot(dana, "queue");

        WebElement text = danaDraft.findElement(By.name("text"));
        text.clear();
        text.sendKeys("Hi Casey, yes: a guitar flies as your cabin bag if it fits 55x40x23 cm.");
        assertTrue(danaDraft.findElement(By.cssSelector(".counter")).getText().contains("/ 280"));
        WebElement samDraft = draft(sam, draftId);
        danaDraft.findElement(By.cssSelector("button[value=approve]")).click();
        awaitOutput(dana, danaDraft, "approved");
        screenshot(dana, "approved");

        samDraft.findElement(By.cssSelector("button[value=approve]")).click();
        String refusal = awaitOutput(sam, samDraft, "Conflict");
        assertTrue(refusal.contains("already APPROVED by dana"), refusal);
        screenshot(sam, "conflict");
        assertEquals("APPROVED", Queue.draft(draftId).get("status"));
    }

    private WebDriver signIn(String user, String password) {
        WebDriver browser = Browser.signIn(user, password);
        browsers.add(browser);
        return browser;
    }

    private static WebElement draft(WebDriver browser, long draftId) {
        browser.navigate().refresh();
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.draft[data-draft-id='" + draftId + "']")));
    }

    private static String awaitOutput(WebDriver browser, WebElement draft, String expected) {
        WebElement output = draft.findElement(By.tagName("output"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> output.getText().contains(expected));
        return output.getText();
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Browser.screenshot(browser, "queue-" + name);
    }
}
