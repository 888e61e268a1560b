package com.firstline.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (npm axe-core, its axe.min.js kept with its licence in src/test/resources/axe-core/)
 * in the page a browser shows, and returns the serious and critical violations of WCAG 2.x A and AA.
 */
public final class Axe {

    private static final String SCRIPT = read();

    private Axe() {
    }

    /** "rule-id (impact): help — the first offending element", one per serious or critical violation. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                target: v.nodes.length ? String(v.nodes[0].target) : '', count: v.nodes.length}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), target: '', count: 0}]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + ", " + v.get("count") + "x): " + v.get("help")
                        + " — " + v.get("target"))
                .toList();
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
