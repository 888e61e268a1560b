package com.firstline.support;

import io.restassured.RestAssured;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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

/**
 * A real headless Chromium (Debian's chromium and chromedriver, installed by .ci/run; never a
 * downloaded browser), signed in to the test server through the login form.
 */
public final class Browser {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {
    }

    /** A new desktop browser (1280 px wide) signed in as {@code user}, on the page the login lands on (the queue). */
    public static WebDriver signIn(String user, String password) {
        return signIn(user, password, 1280, 1600);
    }

    /** A new browser of this window size (390 × 844 is a phone) signed in as {@code user}, on the queue. */
    public static WebDriver signIn(String user, String password, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("firstline.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("firstline.test.chromedriver", "/usr/bin/chromedriver")))
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        // RestAssured knows the port the test server really took (the test profile asks for a free one).
        browser.get(url("/login.html"));
        browser.findElement(By.name("j_username")).sendKeys(user);
        browser.findElement(By.name("j_password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.filters")));
        return browser;
    }

    public static String url(String path) {
        return "http://localhost:" + RestAssured.port + path;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    public static Path screenshot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path saved = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
        return saved;
    }
}
