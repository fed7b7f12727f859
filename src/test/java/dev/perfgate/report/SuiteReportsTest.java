package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteReportsTest {

    private static double inverse(double ownPct) {
        return (100.0 / (100.0 + ownPct) - 1) * 100;
    }

    private static List<BenchmarkRow> suite(int passing) {
        List<BenchmarkRow> rows = new ArrayList<>();
        for (int i = 0; i < passing; i++) {
            rows.add(new BenchmarkRow("Fast.m" + i, false, 0.1 * i, -1, 2, 10.0, "PASS", "fine"));
        }
        rows.add(new BenchmarkRow(
                "Work.loop", true, inverse(-25), inverse(-20), inverse(-30), inverse(-10), "FAIL", "r"));
        rows.add(new BenchmarkRow("Codec.encode", false, 180.2, 170.1, 190.3, 25.0, "FAIL", "r"));
        rows.add(new BenchmarkRow("Sized.fill[size=10]", false, 4.0, -2.0, 12.0, 10.0, "INCONCLUSIVE", "r"));
        return rows;
    }

    @Test
    void infoListsFailuresFirstByChangeAndCollapsesThePassingOnes() {
        List<String> lines = SuiteLines.info("jmh", suite(200));
        assertEquals("jmh: 203 benchmarks: 2 FAIL, 1 INCONCLUSIVE, 200 PASS", lines.get(0));
        assertEquals("  FAIL          Codec.encode +180.2% [+170.1%, +190.3%] (threshold +25.0%)", lines.get(1));
        assertEquals(
                "  FAIL          Work.loop \u221225.0% [\u221230.0%, \u221220.0%] (higher is better)"
                        + " (threshold \u221210.0%)",
                lines.get(2));
        assertTrue(lines.get(3).startsWith("  INCONCLUSIVE  Sized.fill[size=10] +4.0%"), lines.get(3));
        assertEquals(
                "  … and 200 more that passed or are reported only"
                        + " (listed at DEBUG level; the HTML report and the receipt list every benchmark)",
                lines.get(4));
        assertEquals(5, lines.size());
        List<String> all = SuiteLines.all("jmh", suite(200));
        assertEquals(204, all.size());
        assertTrue(all.get(4).contains("Fast.m199 +19.9%"), "passing ones by change, worst first: " + all.get(4));
    }

    @Test
    void aSmallSuiteIsListedInFullAtInfo() {
        List<String> lines = SuiteLines.info("jmh", suite(SuiteLines.LISTED_IN_FULL - 3));
        assertEquals(SuiteLines.LISTED_IN_FULL + 1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("  FAIL          Codec.encode"), lines.get(1));
        assertTrue(lines.get(4).contains("Fast.m16 +1.6%"), "passing ones too, worst first: " + lines.get(4));
        assertTrue(lines.stream().noneMatch(l -> l.contains("more that passed")), String.join("\n", lines));
    }

    @Test
    void markdownTableStatesEachChangeInItsOwnTermsAndQuotesNames() {
        List<BenchmarkRow> rows = new ArrayList<>(suite(1));
        rows.add(new BenchmarkRow("B.m[x=a|b`c]", false, 1, 0.5, 2, null, "REPORT", "r"));
        String md = SuiteMarkdown.table(rows);
        String[] lines = md.split("\n");
        assertEquals("| `Codec.encode` | lower | +180.2% | [+170.1%, +190.3%] | +25.0% | FAIL |", lines[2]);
        assertEquals(
                "| `Work.loop` | higher | \u221225.0% | [\u221230.0%, \u221220.0%] | \u221210.0% | FAIL |", lines[3]);
        assertEquals("| `` B.m[x=a\\|b`c] `` | lower | +1.0% | [+0.5%, +2.0%] | — | REPORT |", lines[6]);
    }
}
