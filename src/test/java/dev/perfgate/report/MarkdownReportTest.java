package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void leadsWithTheVerdictThenTheCommandsThenOneRowPerMetricWithTheMedians() throws Exception {
        String md = MarkdownReport.render(Outcomes.fail());

        assertTrue(md.startsWith("### perfgate `demo`: ❌ FAIL\n\n"), md);
        assertTrue(md.contains("baseline `java -jar …/libs/app-1.0.jar`  \ncurrent `java -jar target/app.jar`\n"), md);
        assertTrue(
                md.contains(
                        "8 measured pairs (0 warmup), runner `posix`, 90% confidence (significance alpha 0.05 for the whole run)"),
                md);
        assertTrue(
                md.matches(
                        "(?s).*\\| wall time \\| 201\\.0 µs \\| 251\\.0 µs \\| \\+2\\d\\.\\d% \\| \\[\\+2\\d\\.\\d%, \\+2\\d\\.\\d%] \\| \\+5\\.0% \\| FAIL \\|.*"),
                md);
        assertTrue(md.contains("| peak memory | 2.0 MiB | 3.0 MiB | +50.0% | [+50.0%, +50.0%] | — | REPORT |"), md);
        assertTrue(md.contains("**Build fails:**\n\n- wall time regression ("), md);
    }

    @Test
    void everyStatusHasItsReasonAndTheLegendExplainsTheColumns() throws Exception {
        String md = MarkdownReport.render(Outcomes.pass());

        for (String metric : List.of("wall time", "CPU time", "peak memory")) {
            assertTrue(
                    md.matches("(?s).*\\n- \\*\\*" + metric + "\\*\\* (PASS|REPORT): \\S.*"),
                    metric + " has no reason:\n" + md);
        }
        assertTrue(md.contains("<sub>change: estimated change of current over baseline"), md);
        assertFalse(md.contains("| detectable |"), "a column nobody explained");
    }

    @Test
    void anUndecidedVerdictIsAQuestionNotAWarningAndItsReasonIsSaidOnce() throws Exception {
        String md = MarkdownReport.render(Outcomes.inconclusive("warn"));

        assertTrue(md.startsWith("### perfgate `demo`: ❔ INCONCLUSIVE"), md);
        assertFalse(md.contains("⚠"), md);
        String reason = Outcomes.inconclusive("warn")
                .receipt()
                .analysis()
                .get("wall_time")
                .reason();
        assertEquals(1, HtmlReportTest.count(md, reason), md);
    }

    @Test
    void aMermaidChartShowsEachPairsChangeAndTheThreshold() throws Exception {
        String md = MarkdownReport.render(Outcomes.fail());

        int start = md.indexOf("```mermaid\nxychart-beta\n");
        assertTrue(start > 0, md);
        String chart = md.substring(start, md.indexOf("```\n", start + 10));
        assertTrue(chart.contains("x-axis \"pair\" [1, 2, 3, 4, 5, 6, 7, 8]"), chart);
        String bars = chart.lines()
                .filter(l -> l.trim().startsWith("bar ["))
                .findFirst()
                .orElseThrow();
        assertEquals(8, bars.split(",").length, bars);
        assertTrue(chart.contains("line [5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0]"), chart);
        assertTrue(chart.matches("(?s).*y-axis \"change %\" 0\\.0 --> \\d+\\.0\\n.*"), chart);
    }
}
