package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class HtmlReportTest {

    @Test
    void everyRunIsOnePointAndWarmupsAreMarked() throws Exception {
        PairedRunOutcome outcome = Outcomes.pass(); // 12 measured pairs after 2 warmup pairs
        String wall = section(HtmlReport.render(outcome), "wall_time");

        assertEquals(12, count(wall, "class=\"point baseline measured\""));
        assertEquals(12, count(wall, "class=\"point current measured\""));
        assertEquals(2, count(wall, "class=\"point baseline warmup\""));
        assertEquals(2, count(wall, "class=\"point current warmup\""));
        assertEquals(1, count(wall, "class=\"warmup-band\""));
        // which side ran first, under each of the 14 pairs
        assertEquals(14, count(wall, "class=\"first-side\""));
        // one change per measured pair
        assertEquals(12, count(wall, "class=\"point change\""));
        assertTrue(
                wall.contains("<title>pair 3 (warmup)") == false && wall.contains("<title>pair 3 (measured), baseline"),
                wall);
    }

    @Test
    void theChangesChartDrawsTheEstimateTheIntervalAndTheThreshold() throws Exception {
        String wall = section(HtmlReport.render(Outcomes.fail()), "wall_time");

        assertEquals(1, count(wall, "class=\"interval\""));
        assertEquals(1, count(wall, "class=\"estimate\""));
        assertEquals(1, count(wall, "class=\"threshold\""));
        assertTrue(wall.contains(">threshold +5.0%</text>"), wall);
        assertTrue(
                wall.matches(
                        "(?s).*>estimate \\+2\\d\\.\\d%, 90% interval \\[\\+2\\d\\.\\d%, \\+2\\d\\.\\d%]</text>.*"),
                wall);
        // CPU time has no threshold: no threshold line in its section
        assertEquals(0, count(section(HtmlReport.render(Outcomes.fail()), "cpu_time"), "class=\"threshold\""));
    }

    @Test
    void theVerdictAndItsReasonsComeFirst() throws Exception {
        String html = HtmlReport.render(Outcomes.fail());

        int verdict = html.indexOf("<header class=\"verdict fail\">");
        assertTrue(verdict > 0 && verdict < html.indexOf("<section"), "verdict before the metrics");
        String header = html.substring(verdict, html.indexOf("</header>"));
        assertTrue(header.contains("✖ FAIL") && header.contains("The build fails."), header);
        assertTrue(
                header.matches(
                        "(?s).*<li>wall time regression \\(2\\d\\.\\d\\d%\\) exceeded threshold \\(5\\.00%\\)</li>.*"),
                header);
    }

    @Test
    void selfContainedAndWellFormed() throws Exception {
        String html = HtmlReport.render(Outcomes.fail());

        Matcher external =
                Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html);
        assertFalse(external.find(), () -> "external reference: " + external.group());
        assertFalse(html.contains("<script"), "no script needed");
        assertFalse(html.contains("<link"), "no stylesheet to fetch");
        assertFalse(html.contains("url("), "no CSS resource to fetch");
        assertFalse(html.contains("@import"));
        // well-formed as XML too (after the doctype): every tag closed, every attribute quoted and escaped
        String body = html.substring(html.indexOf("<html"))
                .replace("<meta charset=\"utf-8\">", "")
                .replace("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "");
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new java.io.StringReader(body)));
    }

    @Test
    void metricsAddedToTheAnalysisAppearWithoutChangesHere() throws Exception {
        PairedRunOutcome outcome = Outcomes.fail();
        PairedRunReceipt r = outcome.receipt();
        Map<String, MetricAnalysisReport> analysis = new LinkedHashMap<>(r.analysis());
        analysis.put("minor_faults", r.analysis().get("wall_time"));
        analysis.put("some_future_metric", r.analysis().get("wall_time"));
        PairedRunReceipt more = new PairedRunReceipt(
                r.schema(),
                r.tool(),
                r.run(),
                r.bench(),
                r.samples(),
                r.stats(),
                r.noiseDiagnostics(),
                r.config(),
                analysis,
                r.verdict());

        String html =
                HtmlReport.render(new PairedRunOutcome(more, outcome.failed(), outcome.reasons(), outcome.warnings()));

        assertTrue(section(html, "minor_faults").contains("<h2>minor faults"));
        String future = section(html, "some_future_metric");
        assertTrue(future.contains("<h2>some future metric"), future);
        assertEquals(1, count(future, "class=\"interval\""), "no per-run values known, but the interval is drawn");
    }

    @Test
    void commandsAndReasonsAreEscaped() throws Exception {
        PairedRunOutcome outcome = Outcomes.run(
                200_000,
                250_000,
                0,
                r -> r.repeat(2)
                        .baselineCommand(java.util.List.of("sh", "-c", "echo '<script>alert(1)</script>' && true")));
        String html = HtmlReport.render(outcome);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("echo &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp;&amp; true"), html);
    }

    static String section(String html, String key) {
        int start = html.indexOf("<section class=\"metric\" id=\"metric-" + key + "\">");
        assertTrue(start >= 0, "no section for " + key);
        return html.substring(start, html.indexOf("</section>", start));
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
