package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    /** Baseline 200 µs, current 250 µs (+25%), with CPU and memory, deterministic: a FAIL at 5%. */
    static PairedRunOutcome outcome() throws Exception {
        return Outcomes.fail();
    }

    @Test
    void summaryLeadsWithTheVerdictAndTheChangeWithItsInterval() throws Exception {
        List<String> lines = SummaryTable.lines(outcome(), Path.of("/tmp/demo.paired.json"));

        assertEquals("perfgate paired 'demo': 8 measured pairs, 0 warmup, runner posix", lines.get(0));
        assertEquals("verdict: FAIL", lines.get(1));
        assertTrue(
                lines.get(2)
                        .matches(
                                "  wall time \\+2\\d\\.\\d% \\[\\+2\\d\\.\\d%, \\+2\\d\\.\\d%] — FAIL \\(threshold 5\\.0%\\)"),
                lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  CPU time +")), lines.toString());
        assertEquals("receipt: /tmp/demo.paired.json", lines.get(lines.size() - 1));
    }

    @Test
    void mediansAreExactEvenBelowAMillisecond() throws Exception {
        List<String> lines = SummaryTable.lines(outcome(), Path.of("r.json"));

        String wall = lines.stream()
                .filter(l -> l.startsWith("  wall time ") && l.contains("µs"))
                .findFirst()
                .orElseThrow();
        assertTrue(wall.contains("201.0 µs") && wall.contains("251.0 µs"), wall);
        String memory = lines.stream()
                .filter(l -> l.startsWith("  peak memory") && l.contains("MiB"))
                .findFirst()
                .orElseThrow();
        assertTrue(memory.contains("2.0 MiB") && memory.contains("3.0 MiB"), memory);
        assertTrue(lines.contains("outcome: FAILED"), lines.toString());
        assertTrue(
                lines.contains("  - wall time regression (25.00%) exceeded threshold (5.00%)")
                        || lines.stream()
                                .anyMatch(
                                        l -> l.matches(
                                                "  - wall time regression \\(2\\d\\.\\d\\d%\\) exceeded threshold \\(5\\.00%\\)")),
                lines.toString());
    }

    /** The caller logs warnings at WARNING level; the INFO summary must not say them a second time. */
    @Test
    void warningsAreLeftToTheCallerSoEachIsPrintedOnce() throws Exception {
        PairedRunOutcome inconclusive = Outcomes.inconclusive("warn");
        assertTrue(
                !inconclusive.warnings().isEmpty()
                        && inconclusive.warnings().get(0).startsWith("INCONCLUSIVE: "),
                inconclusive.warnings().toString());

        List<String> lines = SummaryTable.lines(inconclusive, Path.of("r.json"));

        inconclusive
                .warnings()
                .forEach(warning -> assertTrue(
                        lines.stream().noneMatch(line -> line.contains(warning)), () -> warning + " in " + lines));
        assertEquals("verdict: INCONCLUSIVE", lines.get(1));
    }
}
