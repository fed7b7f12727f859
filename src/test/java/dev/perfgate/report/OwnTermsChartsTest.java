package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.merge.MergeStratum;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.ReceiptMerger;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.RunMeta;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.receipt.ToolInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charts plot a higher-is-better metric in its own terms (issue 16): a 25% lower throughput sits at about
 * −25% with its threshold at −10%, never at the +33% of the inverse the gate analysed nor with a +11.1%
 * threshold. The suite's {@code ops} ({@code <better>higher</better>}) and {@code jmh:Work.loop} (thrpt) both
 * dropped 25%.
 */
class OwnTermsChartsTest {

    /** The inverse's change or threshold as text (+33.x%, +11.1%). */
    private static final Pattern INVERSE = Pattern.compile("\\+3[2-4]\\.\\d%|\\+11\\.1%");

    private static PairedRunOutcome outcome;
    private static PairedRunOutcome merged;

    @BeforeAll
    static void outcomes() throws Exception {
        outcome = SuiteOutcomes.suite(2);
        merged = new ReceiptMerger(new ToolInfo("perfgate-maven-plugin", "test"), SettingNames.KEYS)
                .merge(
                        List.of(
                                shard("a.paired.json", outcome.receipt(), "run-a"),
                                shard("b.paired.json", SuiteOutcomes.suite(0).receipt(), "run-b")),
                        ReceiptMerger.Overrides.NONE);
        SchemaValidation.assertValid(merged.receipt());
    }

    private static MergeStratum shard(String name, PairedRunReceipt receipt, String runId) {
        RunMeta run = receipt.run();
        return new MergeStratum(
                name,
                Path.of(name),
                receipt.withRun(new RunMeta(
                        runId, run.startedAt(), run.endedAt(), run.host(), run.runner(), run.machine(), null)));
    }

    private static void assertNoInverse(String text) {
        Matcher inverse = INVERSE.matcher(text);
        assertFalse(inverse.find(), () -> "the inverse's figure in " + text);
    }

    private static String between(String text, String start, int from, String end) {
        int i = text.indexOf(start, from);
        assertTrue(i >= 0, () -> start + " not in " + text);
        return text.substring(i, text.indexOf(end, i) + end.length());
    }

    private static double lineY(String svg, String css) {
        return first("<line class=\"" + css + "\"[^>]* y1=\"([-0-9.]+)\"", svg);
    }

    /** The number of the regex's first group at its first match. */
    private static double first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), () -> regex + " in " + text);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theHtmlChangesChartPlotsEachPairAndTheThresholdAsTheMetricsOwnChange() {
        String html = HtmlReport.render(outcome);
        int section = html.indexOf("<section class=\"metric\" id=\"metric-ops\">");
        assertTrue(section > 0, html);
        String svg = between(html, "<svg", html.indexOf("<figure>", section), "</svg>");
        assertTrue(svg.contains("class=\"point change\""), () -> "each pair's change of the <metric>: " + svg);
        Matcher points = Pattern.compile("<title>pair \\d+: ([^<]+)</title>").matcher(svg);
        int count = 0;
        while (points.find()) {
            assertTrue(points.group(1).matches("\u22122[2-8]\\.\\d%"), points.group(1));
            count++;
        }
        assertEquals(16, count, svg);
        assertTrue(
                Pattern.compile(
                                "estimate \u2212(24|25|26)\\.\\d%, .* interval \\[\u2212\\d+\\.\\d%, \u2212\\d+\\.\\d%\\]"
                                        + " \\(higher is better\\)")
                        .matcher(svg)
                        .find(),
                svg);
        assertTrue(svg.contains(">threshold \u221210.0%</text>"), svg);
        assertTrue(svg.contains("change per pair (current vs baseline), higher is better"), svg);
        // SVG's y grows downwards: the threshold (−10%) below zero, the estimate (−25%) below the threshold.
        double zero = lineY(svg, "zero");
        double threshold = lineY(svg, "threshold");
        double estimate = lineY(svg, "estimate");
        assertTrue(zero < threshold && threshold < estimate, zero + " " + threshold + " " + estimate);
        assertNoInverse(svg);
    }

    @Test
    void aLowerIsBetterChangesChartIsUnchanged() {
        String html = HtmlReport.render(outcome);
        int section = html.indexOf("<section class=\"metric\" id=\"metric-wall_time\">");
        assertTrue(section > 0, html);
        String svg = between(html, "<svg class=\"chart changes\"", section, "</svg>");
        assertFalse(svg.contains("higher is better"), svg);
        assertFalse(svg.contains("\u2212"), "lower-is-better figures keep their ASCII signs: " + svg);
    }

    @Test
    void theMermaidChartOfAHigherIsBetterMetricHasItsOwnChangesAndThreshold() {
        PairedRunReceipt receipt = outcome.receipt();
        String chart = MermaidChart.perPairChanges(receipt, "ops", receipt.measuredSamples())
                .orElseThrow(() -> new AssertionError("no chart of ops"));
        String bars = chart.lines()
                .filter(l -> l.trim().startsWith("bar ["))
                .findFirst()
                .orElseThrow(() -> new AssertionError(chart));
        double[] values = Arrays.stream(
                        bars.substring(bars.indexOf('[') + 1, bars.indexOf(']')).split(", "))
                .mapToDouble(Double::parseDouble)
                .toArray();
        assertEquals(16, values.length, bars);
        for (double v : values) {
            assertEquals(-25.0, v, 1.5, bars);
        }
        assertTrue(chart.contains("line [-10.0, -10.0,"), chart);
        assertTrue(chart.contains("(higher is better)"), chart);
        assertTrue(chart.matches("(?s).*y-axis \"change %\" -\\d+\\.0 --> 0\\.0\\n.*"), chart);
        assertTrue(chart.contains("the threshold \u221210.0%; estimate \u2212"), chart);
        assertNoInverse(chart);
    }

    @Test
    void theMergesMarkdownRowsPerMachineAreInOwnTerms() {
        String md = MarkdownReport.render(merged);
        for (String key : List.of("ops", "jmh:Work.loop")) {
            String table = between(md, "| `" + MetricNames.label(key) + "`: machine", 0, "| 100% |");
            assertTrue(table.contains("change (higher is better)"), table);
            List<String> rows =
                    table.lines().filter(l -> l.contains(".paired.json")).toList();
            assertEquals(2, rows.size(), table);
            for (String row : rows) {
                assertTrue(
                        Pattern.compile(
                                        "\\| \u2212(24|25|26)\\.\\d% \\| \\[\u2212\\d+\\.\\d%, \u2212\\d+\\.\\d%\\] \\|")
                                .matcher(row)
                                .find(),
                        row);
            }
            assertTrue(
                    Pattern.compile("\\| \\*\\*merged\\*\\* \\| \\d+ \\| \\*\\*\u2212(24|25|26)\\.\\d%\\*\\* \\|")
                            .matcher(table)
                            .find(),
                    table);
            assertNoInverse(table);
        }
    }

    @Test
    void theMergesJunitLinesPerMachineAreInOwnTerms() {
        String xml = JunitXmlReport.render(merged);
        Matcher lines = Pattern.compile("machine [ab]\\.paired\\.json: (.+?), \\d+ pairs")
                .matcher(xml);
        int own = 0;
        while (lines.find()) {
            if (lines.group(1).endsWith("(higher is better)")) {
                assertTrue(lines.group(1).startsWith("\u2212"), lines.group(1));
                assertNoInverse(lines.group(1));
                own++;
            }
        }
        assertTrue(own >= 4, xml);
    }

    @Test
    void theMergesForestPlotIsInOwnTerms() {
        String html = HtmlReport.render(merged);
        int label = html.indexOf("aria-label=\"ops per machine");
        assertTrue(label > 0, html);
        String svg = between(html, "<svg class=\"forest\"", html.lastIndexOf("<svg", label), "</svg>");
        assertTrue(svg.contains("change, higher is better"), svg);
        assertTrue(svg.contains("<title>threshold \u221210.0%</title>"), svg);
        Matcher strata = Pattern.compile("<g class=\"stratum\"><title>[ab]\\.paired\\.json: ([^<]+)</title>")
                .matcher(svg);
        int count = 0;
        while (strata.find()) {
            assertTrue(
                    Pattern.compile(
                                    "^\u2212(24|25|26)\\.\\d% \\[\u2212\\d+\\.\\d%, \u2212\\d+\\.\\d%\\] \\(higher is better\\)")
                            .matcher(strata.group(1))
                            .find(),
                    strata.group(1));
            count++;
        }
        assertEquals(2, count, svg);
        assertTrue(svg.contains("<title>merged: \u2212"), svg);
        // The threshold's dashed line left of zero.
        double zero = first("<line x1=\"([-0-9.]+)\" x2=\"[-0-9.]+\" y1=\"20\" y2=\"[-0-9.]+\" stroke=\"#333\"/>", svg);
        assertTrue(first("<line class=\"threshold\" x1=\"([-0-9.]+)\"", svg) < zero, svg);
        assertNoInverse(svg);
    }

    @Test
    void theSuitesForestPlotPutsTheDroppedThroughputLeftOfZero() {
        String html = HtmlReport.render(outcome);
        int row = html.indexOf("<title>jmh:Work.loop \u2212");
        assertTrue(row > 0, html);
        String g = html.substring(html.lastIndexOf("<g class=\"row", row), html.indexOf("</g>", row));
        String svg = between(html, "<svg class=\"chart forest\"", 0, "</svg>");
        double x0 = first("<line class=\"grid\" stroke=\"#666\" x1=\"([-0-9.]+)\"", svg);
        double xe = first("<circle class=\"estimate\" cx=\"([-0-9.]+)\"", g);
        double xt = first("<line class=\"threshold\" x1=\"([-0-9.]+)\"", g);
        assertTrue(xe < xt && xt < x0, "estimate " + xe + " < threshold " + xt + " < zero " + x0);
    }
}
