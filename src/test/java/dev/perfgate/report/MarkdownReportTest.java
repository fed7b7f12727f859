package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void leadsWithTheVerdictThenOneRowPerMetricThenTheReasons() throws Exception {
        String md = MarkdownReport.render(SummaryTableTest.outcome());

        // The first of the sequential looks decides, at its share of the alpha budget (0.1 · 8/30).
        assertTrue(md.startsWith("### perfgate `demo`: ❌ FAIL\n\n8 measured pairs (0 warmup), runner `fake`, alpha per look 0.0266"), md);
        assertTrue(md.matches("(?s).*\\| wall time \\| \\+2\\d\\.\\d% \\| \\[\\+2\\d\\.\\d%, \\+2\\d\\.\\d%] \\| 5\\.0% \\| fail \\|.*"), md);
        assertTrue(md.contains("| CPU time | "), md);
        assertTrue(md.contains("| peak memory | +50.0% | [+50.0%, +50.0%] | — | report |"), md);
        assertTrue(md.contains("**Build fails:**\n\n- wall time regression ("), md);
    }
}
