package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunOutcome;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 25% lower throughput reads "−25.x% (higher is better)" with its FAIL in every output a person reads (issue 16),
 * and never as the +33% change of its inverse.
 */
class OwnTermsEverywhereTest {

    /** {@code −25.5% [−25.8%, −25.0%] (higher is better)}, give or take the noise of the fake runs. */
    private static final Pattern OWN_CHANGE = Pattern.compile(
            "\u2212(24|25|26)\\.\\d% \\[\u2212\\d+\\.\\d%, \u2212\\d+\\.\\d%\\] \\(higher is better\\)");

    /** The inverse's change (time per operation, +33%), which must not be what anyone reads. */
    private static final Pattern INVERSE = Pattern.compile("\\+3[2-4]\\.\\d%");

    private static PairedRunOutcome outcome;

    private static void assertNoInverse(String text) {
        java.util.regex.Matcher inverse = INVERSE.matcher(text);
        if (inverse.find()) {
            throw new AssertionError("the inverse's change: "
                    + text.substring(Math.max(0, inverse.start() - 300), Math.min(text.length(), inverse.end() + 80)));
        }
    }

    @BeforeAll
    static void suite() throws Exception {
        outcome = SuiteOutcomes.suite(2);
    }

    @Test
    void theReceiptsReasons() {
        String reason = outcome.receipt().verdict().reasons().stream()
                .filter(r -> r.startsWith("jmh:Work.loop "))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(outcome.receipt().verdict().reasons()));
        assertTrue(OWN_CHANGE.matcher(reason).find(), reason);
        assertTrue(reason.contains("threshold \u221210.0%"), reason);
        assertFalse(INVERSE.matcher(reason).find(), reason);
        String analysis = outcome.receipt().analysis().get("jmh:Work.loop").reason();
        assertFalse(INVERSE.matcher(analysis).find(), analysis);
    }

    @Test
    void theMarkdownTable() {
        String md = MarkdownReport.render(outcome);
        assertTrue(
                Pattern.compile(
                                "\\| `jmh:Work\\.loop` \\| higher \\| \u2212(24|25|26)\\.\\d% \\| .* \\| \u221210\\.0% \\| FAIL \\|")
                        .matcher(md)
                        .find(),
                md);
        assertFalse(INVERSE.matcher(md).find(), md);
    }

    @Test
    void theMarkdownRowOfAHigherIsBetterMetric() {
        String md = MarkdownReport.render(outcome);
        String row =
                md.lines().filter(l -> l.startsWith("| ops |")).findFirst().orElseThrow(() -> new AssertionError(md));
        assertTrue(
                Pattern.compile("\\| −(24|25|26)\\.\\d% \\(higher is better\\) \\| \\[−\\d+\\.\\d%, −\\d+\\.\\d%\\]"
                                + " \\| −10\\.0% \\| FAIL \\|")
                        .matcher(row)
                        .find(),
                row);
    }

    @Test
    void theHtmlHeadlineOfAHigherIsBetterMetric() {
        String html = HtmlReport.render(outcome);
        int section = html.indexOf("<section class=\"metric\" id=\"metric-ops\">");
        assertTrue(section > 0, html);
        String headline =
                html.substring(html.indexOf("<p class=\"headline\">", section), html.indexOf("</p>", section));
        assertTrue(
                Pattern.compile("<strong>−(24|25|26)\\.\\d%</strong> \\[−\\d+\\.\\d%, −\\d+\\.\\d%\\]"
                                + " \\(higher is better\\) at .* threshold −10\\.0%")
                        .matcher(headline)
                        .find(),
                headline);
        int t = html.indexOf("paired t (for comparison)", section);
        String tRow = html.substring(t, html.indexOf("</tr>", t));
        assertTrue(tRow.contains("(higher is better)"), tRow);
        assertNoInverse(headline + tRow);
    }

    @Test
    void theHtmlForestPlot() {
        String html = HtmlReport.render(outcome);
        int row = html.indexOf("jmh:Work.loop \u2212");
        assertTrue(row > 0, html);
        String title = html.substring(row, html.indexOf('<', row));
        assertTrue(OWN_CHANGE.matcher(title).find(), title);
        assertTrue(title.contains("FAIL"), title);
        assertNoInverse(title);
    }

    @Test
    void theJunitFailure() {
        String xml = JunitXmlReport.render(outcome);
        int testcase = xml.indexOf("<testcase name=\"loop\" classname=\"Work\"");
        assertTrue(testcase > 0, xml);
        String c = xml.substring(testcase, xml.indexOf("</testcase>", testcase));
        assertTrue(c.contains("<failure message=\"jmh:Work.loop \u2212"), c);
        assertTrue(OWN_CHANGE.matcher(c).find(), c);
        assertFalse(INVERSE.matcher(c).find(), c);
    }
}
