package dev.perfgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.report.SuiteOutcomes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log of a JMH suite: failures first, then by change, the passing ones a count at INFO and listed at DEBUG. */
class OutcomeReportTest {

    private static final ReportChoices NO_FILES = new ReportChoices(false, false, false, false, false);

    @TempDir
    Path dir;

    private static List<String> at(RecordingLog log, String level) {
        return log.lines.stream()
                .filter(l -> l.startsWith("[" + level + "] "))
                .map(l -> l.substring(level.length() + 3))
                .toList();
    }

    @Test
    void aLargeSuiteShowsItsFailuresFirstAndThePassingOnesAsACountAtInfo() throws Exception {
        PairedRunOutcome outcome = SuiteOutcomes.suite(30);
        RecordingLog log = new RecordingLog();
        new OutcomeReport(log).report(outcome, dir.resolve("suite.json"), NO_FILES);
        List<String> info = at(log, "info");
        int header = info.indexOf("  JMH benchmarks: 32 benchmarks: 2 FAIL, 30 PASS");
        assertTrue(header > 0, String.join("\n", info));
        // by size of change: a 25% lower throughput is a 33% longer time per operation, worse than +30%
        assertTrue(
                info.get(header + 2).matches("  {3}FAIL {10}jmh:Codec\\.encode \\+(29|30|31)\\.\\d%.*"),
                info.get(header + 2));
        assertTrue(
                info.get(header + 1)
                        .matches("  {3}FAIL {10}jmh:Work\\.loop \u2212(24|25|26)\\.\\d% \\[.*\\] \\(higher is better\\)"
                                + " \\(threshold \u221210\\.0%\\)"),
                info.get(header + 1));
        assertTrue(info.get(header + 3).startsWith("    … and 30 more that passed"), info.get(header + 3));
        assertEquals(
                "    not compared: jmh:Codec.added: only in the current runs (added or renamed?)",
                info.get(header + 4));
        assertTrue(info.stream().noneMatch(l -> l.contains("jmh:Fast.m")), "passing ones collapsed at INFO");
        assertTrue(at(log, "debug").isEmpty(), "DEBUG off: " + at(log, "debug"));
    }

    @Test
    void debugListsEveryBenchmarkOfALargeSuite() throws Exception {
        PairedRunOutcome outcome = SuiteOutcomes.suite(30);
        RecordingLog log = new RecordingLog();
        log.debugEnabled = true;
        new OutcomeReport(log).report(outcome, dir.resolve("suite.json"), NO_FILES);
        List<String> debug = at(log, "debug");
        assertEquals(33, debug.size(), String.join("\n", debug));
        assertEquals("  JMH benchmarks: 32 benchmarks: 2 FAIL, 30 PASS", debug.get(0));
        assertTrue(debug.get(1).contains("FAIL          jmh:Work.loop"), debug.get(1));
        assertTrue(debug.get(2).contains("FAIL          jmh:Codec.encode"), debug.get(2));
        assertTrue(debug.get(3).contains("PASS          jmh:Fast.m"), debug.get(3));
        for (int i = 0; i < 30; i++) {
            String name = "jmh:Fast.m" + i + " ";
            assertTrue(debug.stream().anyMatch(l -> l.contains(name)), name + " missing at DEBUG");
        }
    }

    @Test
    void aSmallSuiteIsListedInFullAtInfoAndNotRepeatedAtDebug() throws Exception {
        PairedRunOutcome outcome = SuiteOutcomes.suite(3);
        RecordingLog log = new RecordingLog();
        log.debugEnabled = true;
        new OutcomeReport(log).report(outcome, dir.resolve("suite.json"), NO_FILES);
        List<String> info = at(log, "info");
        int header = info.indexOf("  JMH benchmarks: 5 benchmarks: 2 FAIL, 3 PASS");
        assertTrue(header > 0, String.join("\n", info));
        assertTrue(info.get(header + 1).contains("FAIL          jmh:Work.loop"), info.get(header + 1));
        assertTrue(info.get(header + 2).contains("FAIL          jmh:Codec.encode"), info.get(header + 2));
        for (int i = 3; i <= 5; i++) {
            assertTrue(info.get(header + i).contains("PASS          jmh:Fast.m"), info.get(header + i));
        }
        assertTrue(at(log, "debug").stream().noneMatch(l -> l.contains("jmh:")), "no second list at DEBUG");
    }
}
