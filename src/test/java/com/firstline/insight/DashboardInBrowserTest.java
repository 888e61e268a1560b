package com.firstline.insight;

import com.firstline.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.firstline.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in a real headless Chromium: reached from the queue page, every chart drawn by
 * Chart.js (served by the application) with data, the numbers beside the charts equal to what
 * the charts show, and a screenshot in target/screenshots/.
 */
@QuarkusTest
class DashboardInBrowserTest {

    /** The fixture four weeks later than in {@link InsightFiguresTest}, so the two never count each other's rows. */
    private static final Duration SHIFT = Duration.ofDays(28);
    private static final List<String> CHARTS = List.of("firstResponseChart", "slaByDayChart", "slaByIntentChart",
            "volumeChart", "sentimentChart", "outcomesByIntentChart", "outcomesByDrafterChart", "autopilotChart",
            "workloadChart");

    private static final String FROM = "2025-04-05";
    private static final String TO = "2025-04-07";
    private static final String ZONE = "America/New_York";

    @Inject
    DataSource dataSource;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyChartIsDrawnWithDataAndAgreesWithTheNumbersBesideIt() throws Exception {
        InsightFixture.insert(dataSource, SHIFT);
        browser = Browser.signIn("dana", "dana-pass");
        browser.findElement(By.linkText("Dashboard")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/insight"));

        browser.get(Browser.url("/insight?from=" + FROM + "&to=" + TO + "&zone=" + ZONE));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) js.executeScript(
                "return typeof Chart !== 'undefined' && document.querySelectorAll('canvas').length > 0"
                        + " && [...document.querySelectorAll('canvas')].every(c => Chart.getChart(c))"));

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> charts = (Map<String, Map<String, Object>>) js.executeScript("""
                const out = {};
                document.querySelectorAll('canvas').forEach(canvas => {
                  const chart = Chart.getChart(canvas);
                  out[canvas.id] = {
                    labels: chart.data.labels.length,
                    datasets: chart.data.datasets.length,
                    points: chart.data.datasets.reduce((n, d) => n + d.data.filter(v => v !== null).length, 0),
                    sums: chart.data.datasets.map(d => d.data.reduce((s, v) => s + (v ?? 0), 0)),
                    drawn: canvas.width > 0 && canvas.height > 0
                  };
                });
                return out;""");
        assertEquals(CHARTS, charts.keySet().stream().sorted((a, b) -> CHARTS.indexOf(a) - CHARTS.indexOf(b)).toList());
        charts.forEach((id, chart) -> {
            assertTrue((Boolean) chart.get("drawn"), id + " has a canvas drawn on");
            assertTrue(((Number) chart.get("datasets")).intValue() > 0, id + " has datasets");
            assertTrue(((Number) chart.get("points")).intValue() > 0, id + " has data points");
            assertTrue(sums(chart).stream().mapToDouble(Double::doubleValue).sum() > 0, id + " has non-zero data");
        });

        assertEquals(3, ((Number) charts.get("volumeChart").get("labels")).intValue(), "one bar per day of the range");
        assertEquals(number("answered"), sums(charts.get("firstResponseChart")).get(0));
        assertEquals(number("mentions"), sums(charts.get("volumeChart")).stream().mapToDouble(Double::doubleValue).sum());
        assertEquals(number("unchanged"), sums(charts.get("outcomesByDrafterChart")).get(0));
        assertEquals(number("auto-sent"), sums(charts.get("autopilotChart")).get(0));
        JsonPath api = given().queryParams(Map.of("from", FROM, "to", TO, "zone", ZONE)).get("/api/insight")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(String.format(Locale.ROOT, "%.1f min", api.getLong("firstResponse.medianSeconds") / 60.0), figure("median"));
        assertEquals(String.format(Locale.ROOT, "%.1f min", api.getLong("firstResponse.p90Seconds") / 60.0), figure("p90"));
        assertEquals(String.format(Locale.ROOT, "%.1f%%", api.getDouble("sla.total.percentMet")), figure("sla-percent"));
        assertEquals(String.format(Locale.ROOT, "%.1f%%", api.getDouble("autopilot.sharePercent")), figure("autopilot-share"));
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("Autopilot reply retracted"));

        Path shot = Browser.screenshot(browser, "insight-dashboard");
        assertTrue(Files.size(shot) > 10_000, "screenshot saved");
    }

    private String figure(String name) {
        return browser.findElement(By.cssSelector("[data-figure='" + name + "']")).getText();
    }

    private double number(String name) {
        return Double.parseDouble(figure(name));
    }

    @SuppressWarnings("unchecked")
    private static List<Double> sums(Map<String, Object> chart) {
        return ((List<Number>) chart.get("sums")).stream().map(Number::doubleValue).toList();
    }
}
