package fr.memberspace.it;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Checks a page as it stands in the browser against WCAG 2.2 AA: axe-core with the rules of
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, and reflow (at 320 CSS pixels wide, the width
 * of 200 % zoom on a 640 px window, nothing may need a horizontal scroll). Problems are
 * collected, named after the page, so one test reports all of them at once.
 */
public final class Accessibility {

    public static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** WCAG 1.4.10: content reflows at 320 CSS pixels. */
    public static final int REFLOW_WIDTH = 320;

    private final Browser browser;
    private final List<String> problems = new ArrayList<>();

    public Accessibility(Browser browser) {
        this.browser = browser;
    }

    /** Audits the page as it is now, and again laid out 320 pixels wide; screenshots of both. */
    public void audit(String page) {
        var results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
        if (results.isErrored()) {
            problems.add(page + ": axe failed: " + results.getErrorMessage());
        }
        results.getViolations().forEach(rule -> problems.add(page + ": " + rule.getId() + " (" + rule.getImpact()
                + ") " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(Accessibility::describe).collect(Collectors.joining("; "))));
        browser.screenshot("a11y-" + page);

        browser.emulateWidth(REFLOW_WIDTH);
        try {
            var widths = browser.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];"));
            var scroll = ((List<?>) widths).stream().map(w -> ((Number) w).intValue()).toList();
            if (scroll.get(0) > scroll.get(1)) {
                problems.add(page + ": reflow: " + scroll.get(0) + " px of content in a window " + scroll.get(1)
                        + " px wide (a horizontal scroll at 320 px)");
            }
            browser.screenshot("a11y-" + page + "-320px");
        } finally {
            browser.stopEmulatingWidth();
        }
    }

    /** Everything found so far, one line per problem. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private static String describe(CheckedNode node) {
        return node.getTarget() + " → " + String.valueOf(node.getFailureSummary()).replace('\n', ' ');
    }
}
