package dev.perfgate.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.ReceiptReader;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.testing.FakeRunner;
import dev.perfgate.testing.JmhRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JMH suite through the use case: one metric per benchmark, family-wise, rulers, benchmarks not compared. */
class JmhSuiteGateTest {

    @TempDir
    Path dir;

    /**
     * Plays a JMH command per side: Codec.encode (avgt) 30% slower in the current runs, Work.loop (thrpt)
     * unchanged, Codec.added only in the current runs, and a ruler that moves by {@code rulerFactor}.
     */
    private record Suite(double rulerFactor, SplittableRandom random) {
        RunResult run(CommandSpec spec) {
            boolean current = spec.side().equals("current");
            JmhRun run = new JmhRun(random)
                    .benchmark("Codec", "encode", "avgt", 100 * (current ? 1.3 : 1.0))
                    .benchmark("Work", "loop", "thrpt", 50)
                    .benchmark("Work", "jdkSort", "thrpt", 20 * (current ? rulerFactor : 1.0));
            if (current) {
                run.benchmark("Codec", "added", "avgt", 10);
            }
            return run.result();
        }
    }

    private static PairedRunRequest request() {
        return Fakes.request()
                .metrics(List.of(new MetricDefinition(
                        "jmh", null, 10.0, null, null, null, "result.json", null, null, null, "jdkSort")))
                .build();
    }

    @Test
    void theSlowerBenchmarkAloneFailsInItsOwnTermsAndTheAddedOneIsNotCompared() throws Exception {
        PairedRunOutcome outcome = Fakes.useCase(
                        FakeRunner.of(new Suite(1.0, new SplittableRandom(3))::run), new Fakes.RecordingHostProbe())
                .execute(request());
        PairedRunReceipt r = outcome.receipt();
        assertEquals("fail", r.verdict().status());
        assertEquals("fail", r.analysis().get("jmh:Codec.encode").status());
        assertNotEquals("fail", r.analysis().get("jmh:Work.loop").status());
        assertEquals("higher", r.analysis().get("jmh:Work.loop").better());
        assertEquals("pass", r.analysis().get("jmh:Work.jdkSort").status(), "a ruler that did not move");
        assertEquals(Boolean.TRUE, r.analysis().get("jmh:Work.jdkSort").ruler());
        assertEquals(
                Map.of("jmh:Codec.added", "only in the current runs (added or renamed?)"),
                r.verdict().notCompared());
        assertEquals(2L, r.verdict().family().gatedMetrics(), "encode and loop; the ruler is not counted");
        assertEquals("Codec", r.benchmarks().get("jmh:Codec.encode").className());
        assertTrue(
                outcome.reasons().stream().anyMatch(x -> x.matches("jmh:Codec\\.encode regression \\+(29|30|31)\\..*")),
                outcome.reasons().toString());
        assertEquals(1, outcome.reasons().size(), outcome.reasons().toString());
    }

    @Test
    void aRulerThatMovedMakesTheVerdictInconclusiveAndNoBenchmarkFailsTheBuild() throws Exception {
        PairedRunOutcome outcome = Fakes.useCase(
                        FakeRunner.of(new Suite(0.6, new SplittableRandom(4))::run), new Fakes.RecordingHostProbe())
                .execute(request());
        PairedRunReceipt r = outcome.receipt();
        assertEquals("inconclusive", r.verdict().status());
        assertEquals("jmh:Work.jdkSort", r.verdict().metric());
        assertEquals(List.of("jmh:Work.jdkSort"), r.verdict().family().trippedRulers());
        assertFalse(outcome.failed(), "onInconclusive defaults to warn: " + outcome.reasons());
        assertTrue(
                outcome.warnings().stream()
                        .anyMatch(w -> w.contains("ruler jmh:Work.jdkSort \u22123")
                                && w.contains("moved beyond its threshold")),
                outcome.warnings().toString());
    }

    @Test
    void theReceiptReanalysesToTheSameVerdict() throws Exception {
        PairedRunOutcome outcome = Fakes.useCase(
                        FakeRunner.of(new Suite(1.0, new SplittableRandom(5))::run), new Fakes.RecordingHostProbe())
                .execute(request());
        Path file = dir.resolve("r.json");
        new ReceiptWriter().write(outcome.receipt(), file, true);
        ReceiptAnalyzer.Result again = new ReceiptAnalyzer().analyze(new ReceiptReader().read(file));
        assertEquals(outcome.receipt().verdict(), again.verdict());
        assertEquals(outcome.receipt().analysis(), again.analysis());
    }
}
