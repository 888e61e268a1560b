package com.firstline.review;

import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

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
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("firstline.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("firstline.test.chromedriver", "/usr/bin/chromedriver")))
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browsers.add(browser);
        // RestAssured knows the port the test server really took (the test profile asks for a free one).
        browser.get("http://localhost:" + RestAssured.port + "/login.html");
        browser.findElement(By.name("j_username")).sendKeys(user);
        browser.findElement(By.name("j_password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.filters")));
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
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("queue-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
