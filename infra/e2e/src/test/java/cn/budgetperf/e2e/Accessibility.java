package cn.budgetperf.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (Deque's accessibility engine, the copy bundled in its Selenium jar; ADR 0021) run in the
 * page a browser shows, on the WCAG 2.0/2.1 level A and AA rules. Only serious and critical violations
 * are reported: what keeps a screen-reader or keyboard user from a page (a field without a label, a
 * page without a title or language, text below the contrast ratio, an unreachable control).
 */
final class Accessibility {

    private static final String AXE = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(JSON.stringify(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))
              .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
            """;

    private Accessibility() {
    }

    /** The serious and critical violations on the page the browser shows, one line each, naming the page. */
    static List<String> violations(ChromeDriver browser, String page) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(AXE);
        Object result = browser.executeAsyncScript(RUN);
        List<String> found = new ArrayList<>();
        for (JsonNode v : JSON.readTree(String.valueOf(result))) {
            found.add(page + ": " + v.get("id").asString() + " (" + v.get("impact").asString() + ") "
                    + v.get("help").asString() + " at " + v.get("nodes"));
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Objects.requireNonNull(Accessibility.class.getResourceAsStream("/axe.min.js"),
                "axe.min.js from com.deque.html.axe-core:selenium on the test classpath")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
