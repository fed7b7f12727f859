package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.request;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.process.Measurement;
import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.testing.FakeRunner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** A gated metric that cannot be evaluated is INCONCLUSIVE with its reason, never a silent PASS or REPORT. */
class UnevaluableGatesTest {

    /** 100 ms on both sides; peak memory 5,000 KiB except on the runs {@code noPeak} picks (by run number). */
    static FakeRunner figures(Set<Measurement> measures, IntPredicate noPeak) {
        int[] runs = {0};
        return FakeRunner.of(spec -> {
                    PeakMemory peak = measures.contains(Measurement.PEAK_MEMORY) && !noPeak.test(runs[0]++)
                            ? new PeakMemory(5_000, "proc_vmhwm_sampled")
                            : null;
                    return new RunResult(100_000_000L, 0, false, null, null, null, peak);
                })
                .named(measures.contains(Measurement.CPU_TIME) ? "posix" : "jdk")
                .measuring(measures);
    }

    static final class WarningListener implements PairedRunListener {
        final List<String> warnings = new ArrayList<>();
        int pairs;

        @Override
        public void warning(String message) {
            warnings.add(message + " (after " + pairs + " pairs)");
        }

        @Override
        public void pairCompleted(dev.perfgate.receipt.PairedSample sample) {
            pairs++;
        }
    }

    private static PairedRunOutcome run(ProcessRunner runner, PairedRunRequest request, PairedRunListener listener)
            throws Exception {
        return new PairedRunUseCase(
                        runner,
                        new Fakes.RecordingHostProbe(),
                        () -> "2024-01-01T00:00:00Z",
                        Fakes.TOOL,
                        listener,
                        () -> "00000000-0000-4000-8000-000000000001")
                .execute(request);
    }

    @Test
    void cpuGateOnARunnerThatCannotMeasureItWarnsBeforeRunningAndEndsInconclusive() throws Exception {
        FakeRunner jdk = figures(EnumSet.of(Measurement.WALL_TIME), run -> true);
        WarningListener listener = new WarningListener();

        PairedRunOutcome outcome = run(
                jdk,
                request()
                        .repeat(10)
                        .threshold("wall_time", 5.0)
                        .threshold("cpu_time", 5.0)
                        .build(),
                listener);

        assertEquals(
                List.of(
                        "failOnCpuRegression is 5% but the jdk runner does not measure CPU time: that gate will be"
                                + " INCONCLUSIVE (onInconclusive=warn). Use runner=posix on Linux or macOS to gate it. (after 0 pairs)"),
                listener.warnings);
        assertEquals("inconclusive", outcome.receipt().verdict().status(), "wall time alone would PASS");
        assertEquals("cpu_time", outcome.receipt().verdict().metric());
        assertTrue(
                outcome.receipt()
                        .verdict()
                        .reasons()
                        .contains("CPU time — INCONCLUSIVE (threshold 5.0%): the jdk runner does not measure CPU time"),
                outcome.receipt().verdict().reasons().toString());
        assertFalse(outcome.failed(), "onInconclusive=warn passes");
        assertTrue(
                outcome.warnings()
                        .contains("INCONCLUSIVE: CPU time cannot be evaluated: the jdk runner does not"
                                + " measure CPU time"),
                outcome.warnings().toString());
    }

    @Test
    void cpuGateOnARunnerThatCannotMeasureItIsAConfigurationErrorWhenInconclusiveFails() {
        FakeRunner jdk = figures(EnumSet.of(Measurement.WALL_TIME), run -> true);

        InvalidConfigurationException e = assertThrows(
                InvalidConfigurationException.class,
                () -> run(
                        jdk,
                        request()
                                .repeat(10)
                                .threshold("peak_memory", 10.0)
                                .onInconclusive(InconclusivePolicy.FAIL)
                                .build(),
                        PairedRunListener.NONE));

        assertEquals("failOnMemoryRegression", e.parameter());
        assertTrue(
                e.getMessage()
                        .startsWith("failOnMemoryRegression is 10% but the jdk runner does not measure peak"
                                + " memory, so with onInconclusive=fail"),
                e.getMessage());
        assertEquals(0, jdk.runs(), "nothing runs");
    }

    @Test
    void aGatedMetricWithoutFiguresFailsTheBuildWhenInconclusiveFails() throws Exception {
        // The runner claims CPU time but delivers none (no resource usage): only found after running.
        FakeRunner silent = figures(EnumSet.allOf(Measurement.class), run -> false);

        PairedRunOutcome outcome = run(
                silent,
                request()
                        .repeat(10)
                        .threshold("cpu_time", 5.0)
                        .onInconclusive(InconclusivePolicy.FAIL)
                        .build(),
                PairedRunListener.NONE);

        assertEquals("inconclusive", outcome.receipt().verdict().status(), "never REPORT");
        assertTrue(outcome.failed());
        assertEquals(
                List.of("INCONCLUSIVE (onInconclusive=fail): CPU time cannot be evaluated: no run has a CPU time"
                        + " figure (runner posix)"),
                outcome.reasons());
    }

    @Test
    void memoryIsDecidedOnThePairsWithBothFiguresAndSaysHowManyWereLeftOut() throws Exception {
        // 40 pairs = 80 runs; runs 3, 10 and 50 have no peak figure, in three different pairs.
        FakeRunner posix = figures(EnumSet.allOf(Measurement.class), run -> run == 3 || run == 10 || run == 50);

        PairedRunOutcome outcome =
                run(posix, request().repeat(40).threshold("peak_memory", 10.0).build(), PairedRunListener.NONE);

        assertEquals(37, outcome.receipt().analysis().get("peak_memory").n());
        assertEquals("pass", outcome.receipt().verdict().status());
        String note = "peak memory decided on the 37 of 40 pairs that have both figures (3 left out): 3 of 80 runs"
                + " have no peak memory figure: runs that end within 2 ms are not sampled";
        assertTrue(outcome.warnings().contains(note), outcome.warnings().toString());
        assertTrue(outcome.receipt().verdict().reasons().contains(note));
    }

    @Test
    void memoryWithTooFewCompletePairsIsInconclusiveWithTheReason() throws Exception {
        // 8 pairs, every run but the first 8 lacks a peak: 4 complete pairs; repeat alone is one look at
        // 2 x alpha (one-sided 0.05 each way), whose exact interval needs 5.
        FakeRunner posix = figures(EnumSet.allOf(Measurement.class), run -> run >= 8);

        PairedRunOutcome outcome =
                run(posix, request().repeat(8).threshold("peak_memory", 10.0).build(), PairedRunListener.NONE);

        assertNull(outcome.receipt().analysis().get("peak_memory"));
        assertEquals("inconclusive", outcome.receipt().verdict().status());
        assertTrue(
                outcome.receipt()
                        .verdict()
                        .reasons()
                        .contains("peak memory — INCONCLUSIVE (threshold 10.0%): 8 of"
                                + " 16 runs have no peak memory figure: runs that end within 2 ms are not sampled; only 4 pairs have"
                                + " both figures, 5 are needed"),
                outcome.receipt().verdict().reasons().toString());
    }

    @Test
    void wallTimesOfZeroMakeTheWallGateInconclusiveNotUngated() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner();
        for (int i = 0; i < 10; i++) {
            runner.pair(Fakes.ok(i == 4 ? 0 : 100), Fakes.ok(100));
        }

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .repeat(10)
                        .threshold("wall_time", 5.0)
                        .onInconclusive(InconclusivePolicy.FAIL)
                        .build());

        assertTrue(outcome.failed());
        assertEquals(
                List.of("INCONCLUSIVE (onInconclusive=fail): wall time cannot be evaluated: 1 of 20 runs have a"
                        + " wall time of 0 or less: a change in percent needs positive times (whole-millisecond wall_ms reads 0"
                        + " for a sub-millisecond run)"),
                outcome.reasons());
    }

    @Test
    void aFailOnAnotherMetricStaysTheVerdict() throws Exception {
        FakeRunner slower = Fakes.generating(() -> 100, () -> 130);

        PairedRunOutcome outcome = useCase(slower, new Fakes.RecordingHostProbe())
                .execute(request()
                        .repeat(10)
                        .threshold("wall_time", 5.0)
                        .threshold("cpu_time", 5.0)
                        .build());

        assertEquals("fail", outcome.receipt().verdict().status());
        assertEquals("wall_time", outcome.receipt().verdict().metric());
        assertTrue(
                outcome.receipt().verdict().reasons().stream().anyMatch(r -> r.startsWith("CPU time — INCONCLUSIVE")));
    }
}
