package dev.perfgate.report;

import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.PairedRunUseCase;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.ResourceUsage;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.SchemaValidation;
import dev.perfgate.receipt.ToolInfo;
import dev.perfgate.testing.FakeRunner;
import java.util.List;
import java.util.function.UnaryOperator;

/** Outcomes of real paired runs over a fake runner: deterministic walls, CPU and peak memory. */
final class Outcomes {

    private Outcomes() {}

    /**
     * @param baselineNs wall time of every baseline run, plus a 0/1/2 µs jitter
     * @param currentNs  wall time of every current run, plus the same jitter
     * @param exitCode   exit code of every current run
     */
    static PairedRunOutcome run(
            long baselineNs, long currentNs, int exitCode, UnaryOperator<PairedRunRequest.Builder> settings)
            throws Exception {
        return run(baselineNs, currentNs, exitCode, null, settings);
    }

    /** @param currentStderr what every current run writes to stderr, or {@code null} */
    static PairedRunOutcome run(
            long baselineNs,
            long currentNs,
            int exitCode,
            String currentStderr,
            UnaryOperator<PairedRunRequest.Builder> settings)
            throws Exception {
        int[] callsPerSide = new int[2];
        ProcessRunner runner = FakeRunner.of(spec -> {
            boolean baseline = spec.side().equals("baseline");
            long jitter = (callsPerSide[baseline ? 0 : 1]++ % 3) * 1_000;
            long wall = (baseline ? baselineNs : currentNs) + jitter;
            byte[] stderr = baseline || currentStderr == null
                    ? null
                    : currentStderr.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new RunResult(
                    wall,
                    baseline ? 0 : exitCode,
                    false,
                    null,
                    stderr,
                    new ResourceUsage(wall / 1000, 10, 0, 0, 0, 0, 0, 0),
                    new PeakMemory(baseline ? 2048 : 3072, "rusage"));
        });
        PairedRunRequest.Builder request = PairedRunRequest.builder()
                .name("demo")
                .baselineCommand(List.of("java", "-jar", "/very/long/path/to/the/baseline/build/libs/app-1.0.jar"))
                .currentCommand(List.of("java", "-jar", "target/app.jar"));
        PairedRunOutcome outcome = new PairedRunUseCase(
                        runner,
                        include -> new HostInfo("linux", "x86_64", 2, 4096L, null),
                        () -> "t",
                        new ToolInfo("perfgate-maven-plugin", "test"),
                        PairedRunListener.NONE)
                .execute(settings.apply(request).build());
        SchemaValidation.assertValid(outcome.receipt()); // every receipt a test produces meets the strict schema
        return outcome;
    }

    /** +25% wall time over 8 pairs, threshold 5%: FAIL. */
    static PairedRunOutcome fail() throws Exception {
        return run(200_000, 250_000, 0, r -> r.repeat(8).threshold("wall_time", 5.0));
    }

    /** The same command (within 1%) over 12 pairs, threshold 50%: PASS. */
    static PairedRunOutcome pass() throws Exception {
        return run(200_000, 201_000, 0, r -> r.repeat(12).warmup(2).threshold("wall_time", 50.0));
    }

    /** 3 pairs cannot reach 95%: INCONCLUSIVE. */
    static PairedRunOutcome inconclusive(String onInconclusive) throws Exception {
        return run(200_000, 201_000, 0, r -> {
            try {
                return r.repeat(3)
                        .threshold("wall_time", 50.0)
                        .onInconclusive(dev.perfgate.paired.config.InconclusivePolicy.fromConfigName(onInconclusive));
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
        });
    }
}
