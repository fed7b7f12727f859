package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void leadsWithTheVerdictThenOneRowPerMetricThenTheReasons() throws Exception {
        String md = MarkdownReport.render(SummaryTableTest.outcome());

        // repeat 8 alone is upstream's fixed design: one look with the whole budget, 2 · alpha.
        assertTrue(md.startsWith("### perfgate `demo`: ❌ FAIL\n\n8 measured pairs (0 warmup), runner `fake`, alpha per look 0.1"), md);
        assertTrue(md.matches("(?s).*\\| wall time \\| \\+2\\d\\.\\d% \\| \\[\\+2\\d\\.\\d%, \\+2\\d\\.\\d%] \\| 5\\.0% \\| fail \\|.*"), md);
        assertTrue(md.contains("| CPU time | "), md);
        assertTrue(md.contains("| peak memory | +50.0% | [+50.0%, +50.0%] | — | report |"), md);
        assertTrue(md.contains("**Build fails:**\n\n- wall time regression ("), md);
    }
}
