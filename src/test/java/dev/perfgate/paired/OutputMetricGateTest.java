package dev.perfgate.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.process.MetricReadings;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.ReceiptReader;
import dev.perfgate.receipt.ReceiptWriter;
import dev.perfgate.testing.FakeRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics read from the output, gated like wall time: the runner's readings faked, no processes. */
class OutputMetricGateTest {

    @TempDir
    Path dir;

    /** Every run takes 100 ms and reports a score from a source per side. */
    private static FakeRunner scores(DoubleSupplier baseline, DoubleSupplier current) {
        return FakeRunner.of(spec -> {
            double score = spec.side().equals("baseline") ? baseline.getAsDouble() : current.getAsDouble();
            MetricReadings readings = score > 0
                    ? new MetricReadings(Map.of("score", score), List.of())
                    : new MetricReadings(Map.of(), List.of("metric 'score': pattern found no match in \"oops\""));
            return Fakes.ok(100).withOutputMetrics(new byte[0], readings);
        });
    }

    private static MetricDefinition score(String better, Double threshold) {
        return new MetricDefinition("score", better, threshold, "score=(\\S+)", null, null);
    }

    private static DoubleSupplier around(double centre, long seed) {
        Random noise = new Random(seed);
        return () -> centre * (1 + 0.005 * noise.nextGaussian());
    }

    private static PairedRunOutcome run(ProcessRunner runner, MetricDefinition metric) throws Exception {
        return Fakes.useCase(runner, new Fakes.RecordingHostProbe())
                .execute(Fakes.request().repeat(10).metrics(List.of(metric)).build());
    }

    @Test
    void aHigherIsBetterScoreThatDrops20PercentFails() throws Exception {
        PairedRunOutcome outcome = run(scores(around(1000, 1), around(800, 2)), score(MetricDefinition.HIGHER, 10.0));

        assertEquals("fail", outcome.receipt().verdict().status());
        assertEquals("score", outcome.receipt().verdict().metric());
        MetricAnalysisReport a = outcome.receipt().analysis().get("score");
        // analysed as 1/score: a 20% drop is a +25% inverse, and the 10% drop threshold is +11.1%
        assertEquals(25.0, a.estimatePct(), 1.0);
        assertEquals(100.0 / 0.9 - 100, a.thresholdPct(), 1e-9);
        assertTrue(outcome.failed());
        String reason = outcome.reasons().get(0);
        assertTrue(
                reason.matches(
                        "score regression \\(dropped (19|20)\\.\\d\\d%\\) exceeded threshold \\(a drop of 10\\.00%\\)"),
                reason);
        assertTrue(
                outcome.receipt().verdict().reasons().stream()
                        .anyMatch(h -> h.matches("score -(19|20)\\.\\d% .*"
                                + "analysed as 1/score: \\+2[45]\\.\\d%\\) — FAIL \\(threshold: a drop of 10\\.0%\\)")),
                outcome.receipt().verdict().reasons().toString());
        assertEquals(
                List.of(score(MetricDefinition.HIGHER, 10.0)),
                outcome.receipt().config().metrics());
        assertTrue(outcome.receipt().samples().get(0).current().metrics().get("score") < 900);
    }

    @Test
    void anUnchangedScorePassesAndARisingOneIsNoRegression() throws Exception {
        PairedRunOutcome same = run(scores(around(1000, 3), around(1000, 4)), score(MetricDefinition.HIGHER, 10.0));
        assertEquals("pass", same.receipt().analysis().get("score").status());
        assertFalse(same.failed(), same.reasons().toString());

        PairedRunOutcome better = run(scores(around(1000, 5), around(1500, 6)), score(MetricDefinition.HIGHER, 10.0));
        assertEquals("pass", better.receipt().analysis().get("score").status());
    }

    @Test
    void aLowerIsBetterMetricFailsWhenItRises() throws Exception {
        PairedRunOutcome outcome = run(scores(around(10, 7), around(12, 8)), score(MetricDefinition.LOWER, 10.0));
        assertEquals("fail", outcome.receipt().analysis().get("score").status());
        assertEquals(20.0, outcome.receipt().analysis().get("score").estimatePct(), 1.0);
        assertTrue(
                outcome.reasons()
                        .get(0)
                        .matches("score regression \\((19|20)\\.\\d\\d%\\) exceeded threshold \\(10\\.00%\\)"),
                outcome.reasons().toString());
    }

    @Test
    void aRunWithoutItsMetricIsAFailedRunThatSaysWhatWasFound() throws Exception {
        double[] scores = {1000, 1000, 1000, -1};
        int[] i = {0};
        PairedRunOutcome outcome =
                run(scores(() -> 1000, () -> scores[Math.min(i[0]++, 3)]), score(MetricDefinition.HIGHER, null));

        assertTrue(outcome.failed());
        assertTrue(
                outcome.reasons().contains("pair 4 current: metric 'score': pattern found no match in \"oops\""),
                outcome.reasons().toString());
        assertEquals(
                List.of("metric 'score': pattern found no match in \"oops\""),
                outcome.receipt().samples().get(3).current().metricErrors());
    }

    @Test
    void theReceiptReanalysesToTheSameVerdict() throws Exception {
        PairedRunOutcome outcome = run(scores(around(1000, 9), around(800, 10)), score(MetricDefinition.HIGHER, 10.0));
        Path file = dir.resolve("r.json");
        new ReceiptWriter().write(outcome.receipt(), file, true);

        ReceiptAnalyzer.Result again = new ReceiptAnalyzer().analyze(new ReceiptReader().read(file));

        assertEquals(outcome.receipt().verdict(), again.verdict());
        assertEquals(outcome.receipt().analysis(), again.analysis());
    }

    private static MetricDefinition jmh(
            String better, Double threshold, String include, List<String> secondaries, String rulers) {
        return new MetricDefinition(
                "jmh", better, threshold, null, null, null, "@{metricFile}", include, null, secondaries, rulers);
    }

    @Test
    void badMetricsAreRefusedBeforeAnyRun() {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner();
        List<MetricDefinition> bad = List.of(
                new MetricDefinition("score", "faster", null, "s=(\\d+)", null, null),
                new MetricDefinition("score", "lower", null, "s=\\d+", null, null),
                new MetricDefinition("wall_time", "lower", null, "s=(\\d+)", null, null),
                new MetricDefinition("score", "lower", null, "s=(\\d+)", "r.json", "/a"),
                new MetricDefinition("score", "lower", null, null, "@{metricFile}", "/a"),
                new MetricDefinition("score", "higher", 100.0, "s=(\\d+)", null, null),
                jmh("higher", 10.0, null, null, null),
                jmh(null, 100.0, null, null, null),
                jmh(null, 10.0, "(", null, null),
                jmh(null, 10.0, null, List.of("gc alloc"), null),
                jmh(null, 10.0, null, null, "[a-"),
                new MetricDefinition("score", "lower", null, "s=(\\d+)", null, null, null, "Codec", null, null, null),
                new MetricDefinition(
                        "score", null, null, "s=(\\d+)", null, null, "@{metricFile}", null, null, null, null));
        List<String> expected = List.of(
                "better must be lower or higher",
                "exactly one capturing group",
                "reserved for a built-in metric",
                "exactly one of pattern, jsonFile (with jsonPointer) or jmhFile",
                "no command argument contains @{metricFile}",
                "below 100 (a drop)",
                "better does not apply to a jmhFile",
                "below 100 (a drop)",
                "include is not a regular expression",
                "'gc alloc' is not a JMH secondary metric name",
                "rulers is not a regular expression",
                "apply only to a jmhFile",
                "exactly one of pattern, jsonFile (with jsonPointer) or jmhFile");
        for (int k = 0; k < bad.size(); k++) {
            int index = k;
            InvalidConfigurationException e = assertThrows(
                    InvalidConfigurationException.class,
                    () -> Fakes.useCase(runner, new Fakes.RecordingHostProbe())
                            .execute(Fakes.request()
                                    .metrics(List.of(bad.get(index)))
                                    .build()));
            assertEquals("metrics", e.parameter());
            assertTrue(e.getMessage().contains(expected.get(k)), e.getMessage());
        }
        assertTrue(runner.sidesRun.isEmpty());
    }
}
