package dev.perfgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.PairedRunRequest;
import dev.perfgate.paired.PairedRunUseCase;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.ResourceUsage;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.receipt.ToolInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    /** Baseline 200 µs, current 250 µs (+25%), with CPU and memory, deterministic. */
    private static final ProcessRunner RUNNER = new ProcessRunner() {
        private final int[] callsPerSide = new int[2];

        @Override
        public String name() {
            return "posix";
        }

        @Override
        public RunResult run(CommandSpec spec) {
            int side = spec.side().equals("baseline") ? 0 : 1;
            long jitter = (callsPerSide[side]++ % 3) * 1_000; // 0, 1, 2 µs, …: median +1 µs on each side
            long wall = (spec.side().equals("baseline") ? 200_000 : 250_000) + jitter;
            return new RunResult(wall, 0, false, null, null, new ResourceUsage(wall / 1000, 10, 0, 0, 0, 0, 0, 0),
                    new PeakMemory(spec.side().equals("baseline") ? 2048 : 3072, "rusage"));
        }
    };

    static PairedRunOutcome outcome() throws Exception {
        PairedRunOutcome outcome = new PairedRunUseCase(RUNNER, include -> new HostInfo("linux", "x86_64", null, null, null), () -> "t",
                new ToolInfo("perfgate-maven-plugin", "test"), PairedRunListener.NONE)
                .execute(PairedRunRequest.builder().name("demo").baselineCommand(List.of("a")).currentCommand(List.of("b"))
                        .repeat(8).failOnRegression(5.0).build());
        SchemaValidation.assertValid(outcome.receipt());
        return outcome;
    }

    @Test
    void summaryLeadsWithTheVerdictAndTheChangeWithItsInterval() throws Exception {
        List<String> lines = SummaryTable.lines(outcome(), Path.of("/tmp/demo.paired.json"));

        assertEquals("perfgate paired 'demo': 8 measured pairs, 0 warmup, runner posix", lines.get(0));
        assertEquals("verdict: FAIL", lines.get(1));
        assertTrue(lines.get(2).matches("  wall time \\+2\\d\\.\\d% \\[\\+2\\d\\.\\d%, \\+2\\d\\.\\d%] — FAIL \\(threshold 5\\.0%\\)"),
                lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  CPU time +")), lines.toString());
        assertEquals("receipt: /tmp/demo.paired.json", lines.get(lines.size() - 1));
    }

    @Test
    void mediansAreExactEvenBelowAMillisecond() throws Exception {
        List<String> lines = SummaryTable.lines(outcome(), Path.of("r.json"));

        String wall = lines.stream().filter(l -> l.startsWith("  wall time ") && l.contains("µs")).findFirst().orElseThrow();
        assertTrue(wall.contains("201.0 µs") && wall.contains("251.0 µs"), wall);
        String memory = lines.stream().filter(l -> l.startsWith("  peak memory") && l.contains("MiB")).findFirst().orElseThrow();
        assertTrue(memory.contains("2.0 MiB") && memory.contains("3.0 MiB"), memory);
        assertTrue(lines.contains("outcome: FAILED"), lines.toString());
        assertTrue(lines.contains("  - wall time regression (25.00%) exceeded threshold (5.00%)")
                || lines.stream().anyMatch(l -> l.matches("  - wall time regression \\(2\\d\\.\\d\\d%\\) exceeded threshold \\(5\\.00%\\)")),
                lines.toString());
    }
}
