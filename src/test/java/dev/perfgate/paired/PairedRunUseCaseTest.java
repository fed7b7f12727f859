package dev.perfgate.paired;

import static dev.perfgate.paired.Fakes.fixed;
import static dev.perfgate.paired.Fakes.ok;
import static dev.perfgate.paired.Fakes.request;
import static dev.perfgate.paired.Fakes.run;
import static dev.perfgate.paired.Fakes.useCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.ConfigurationLimits;
import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.PairOrder;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.paired.gate.GateEvaluation;
import dev.perfgate.paired.gate.GateEvaluator;
import dev.perfgate.paired.gate.GateSettings;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.stats.FamilyGate;
import dev.perfgate.testing.FakeRunner;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The seed's tests (paired.rs), ported first, then what they miss. */
class PairedRunUseCaseTest {

    // --- ported from the seed ---

    @Test
    void sampleHalfMapsOptionalOutput() {
        PairedSampleHalf withStdout = SampleHalves.from(run(10, 0, false, null, "hello", ""), PairedSampleHalf.FIRST);
        assertEquals("hello", withStdout.stdout());
        assertNull(withStdout.stderr());

        PairedSampleHalf withStderr = SampleHalves.from(run(10, 0, false, null, "", "err"), PairedSampleHalf.FIRST);
        assertNull(withStderr.stdout());
        assertEquals("err", withStderr.stderr());
    }

    @Test
    void pairedRunCollectsSamplesAndReasons() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner()
                // warmup: current exits nonzero, which must be ignored
                .pair(run(100, 0, false, null, "", ""), run(90, 1, false, null, "", ""))
                // measured: baseline times out (exit 2 is the kill's), current exits nonzero
                .pair(run(110, 2, true, 2000L, "out", ""), run(105, 4, false, 2500L, "", ""));
        Fakes.RecordingHostProbe probe = new Fakes.RecordingHostProbe();

        PairedRunOutcome outcome = useCase(runner, probe)
                .execute(fixed(1).warmup(1)
                        .outputCapBytes(1024)
                        .includeHostnameHash(true)
                        .build());

        List<PairedSample> samples = outcome.receipt().samples();
        assertEquals(2, samples.size());
        assertTrue(samples.get(0).warmup());
        assertFalse(samples.get(1).warmup());
        assertEquals(0, samples.get(0).pairIndex());
        assertEquals(1, samples.get(1).pairIndex());
        assertEquals(500L, samples.get(1).rssDiffKb());

        assertTrue(outcome.failed());
        assertTrue(
                outcome.reasons().contains("pair 2 baseline timed out"),
                outcome.reasons().toString());
        assertTrue(
                outcome.reasons().contains("pair 2 current exit 4"),
                outcome.reasons().toString());
        // Unlike the seed, a timed-out run's exit code (the kill) is not a second reason.
        assertTrue(
                outcome.reasons().stream().noneMatch(r -> r.contains("baseline exit")),
                outcome.reasons().toString());
        assertTrue(
                outcome.reasons().stream().noneMatch(r -> r.contains("pair 1 current exit")),
                "warmup errors must not be recorded: " + outcome.reasons());

        assertEquals(List.of(true), probe.seenIncludeHash);
        assertEquals(Fakes.HOST, outcome.receipt().run().host());
    }

    @Test
    void pairedRunWithOnlyCleanPairsHasNoFailures() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner()
                .pair(run(100, 0, false, null, "", ""), run(90, 0, false, null, "", ""))
                .pair(run(110, 0, false, null, "", ""), run(95, 0, false, null, "", ""));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(2).name("warmup-only").build());

        assertEquals(2, outcome.receipt().samples().size());
        assertFalse(outcome.failed());
        assertTrue(outcome.reasons().isEmpty());
    }

    @Test
    void pairedRunRunnerErrorPropagates() {
        Fakes.QueuedRunner empty = new Fakes.QueuedRunner();

        CommandStartException error = assertThrows(
                CommandStartException.class,
                () -> useCase(empty, new Fakes.RecordingHostProbe())
                        .execute(request().name("fail-bench").repeat(1).build()));

        assertTrue(error.getMessage().contains("no more queued runs"), error.getMessage());
    }

    @Test
    void pairedRunWallDiffComputedCorrectly() throws Exception {
        Fakes.QueuedRunner runner =
                new Fakes.QueuedRunner().pair(run(200, 0, false, 1000L, "", ""), run(150, 0, false, 800L, "", ""));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(1).name("diff-bench").build());

        PairedSample sample = outcome.receipt().samples().get(0);
        assertEquals(-50, sample.wallDiffMs());
        assertEquals(-50_000_000L, sample.wallDiffNs());
        assertEquals(-200L, sample.rssDiffKb());
        assertFalse(outcome.failed());
    }

    @Test
    void pairedRunLooksAgainUntilSignificanceAndStopsAtThatLook() throws Exception {
        // The seed asserted only "more than 2 samples", true of any retry. Two undecidable pairs, then a
        // steady +10%: the run must stop exactly at the first planned look, which the +10% decides.
        Fakes.QueuedRunner runner =
                new Fakes.QueuedRunner().pair(ok(100), ok(100)).pair(ok(100), ok(110));
        for (int i = 0; i < 40; i++) {
            runner.pair(ok(100), ok(110 + (i % 3)));
        }

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .name("retry-bench")
                        .repeat(2)
                        .significanceAlpha(0.05)
                        .significanceMinSamples(2)
                        .requireSignificance(true)
                        .maxRetries(5)
                        .order(PairOrder.BASELINE_FIRST)
                        .build());

        var config = outcome.receipt().config();
        assertEquals("decided", config.stopReason());
        assertEquals(
                config.plannedLooks().get(Math.toIntExact(config.looksTaken()) - 1),
                outcome.receipt().bench().repeat());
        assertTrue(outcome.receipt().bench().repeat() > 2);
        assertTrue(outcome.receipt().analysis().get("wall_time").ciLowerPct() > 0);
        assertEquals(
                outcome.receipt().samples().size(), outcome.receipt().bench().repeat());
    }

    // --- beyond the seed ---

    @Test
    void warmupPairsComeFirstAndMeasuredIndicesContinue() throws Exception {
        FakeRunner runner = Fakes.generating(() -> 10, () -> 10);

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(4).warmup(3).build());

        List<PairedSample> samples = outcome.receipt().samples();
        assertEquals(7, samples.size());
        for (int i = 0; i < 7; i++) {
            assertEquals(i, samples.get(i).pairIndex());
            assertEquals(i < 3, samples.get(i).warmup());
        }
        assertEquals(4, outcome.receipt().bench().repeat());
        assertEquals(3, outcome.receipt().bench().warmup());
        assertEquals(4, outcome.receipt().stats().wallDiffMs().count());
    }

    @Test
    void anUndecidedRunTakesEveryPlannedLookUpToThePairBudget() throws Exception {
        // Pure noise around equal means never decides a 0% threshold, so every look is taken.
        Random noise = new Random(7);
        FakeRunner runner = Fakes.generating(
                () -> 100 * Math.exp(0.3 * noise.nextGaussian()), () -> 100 * Math.exp(0.3 * noise.nextGaussian()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().maxPairs(20).threshold("wall_time", 0.0).build());

        var config = outcome.receipt().config();
        assertEquals(20, outcome.receipt().bench().repeat());
        assertEquals("max_pairs", config.stopReason());
        assertEquals(config.looks(), config.looksTaken());
        assertEquals(config.plannedLooks().size(), config.looks());
        assertEquals(config.looks() - 1, outcome.receipt().noiseDiagnostics().retriesUsed());
        // The verdict rests on the last look, at its own level; the levels add up to 2 alpha.
        assertEquals(config.lookAlphas().get(config.lookAlphas().size() - 1), config.alphaPerLook(), 0.0);
        assertEquals(
                config.alphaPerLook(),
                outcome.receipt().analysis().get("wall_time").alpha(),
                0.0);
        assertEquals(
                0.10,
                config.lookAlphas().stream().mapToDouble(Double::doubleValue).sum(),
                1e-12);
        assertEquals("inconclusive", outcome.receipt().verdict().status());
    }

    @Test
    void retriesStopOnceTheVerdictIsDecided() throws Exception {
        FakeRunner runner = Fakes.generating(() -> 100, () -> 100);

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .repeat(10)
                        .requireSignificance(true)
                        .maxRetries(4)
                        .threshold("wall_time", 5.0)
                        .build());

        assertEquals("pass", outcome.receipt().verdict().status());
        assertEquals(10, outcome.receipt().bench().repeat());
        assertEquals(0, outcome.receipt().noiseDiagnostics().retriesUsed());
    }

    @Test
    void tooFewPairsForTheRequestedConfidenceIsInconclusiveAndSaysHowManyAreNeeded() throws Exception {
        FakeRunner runner = Fakes.generating(() -> 100, () -> 100);

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(4).threshold("wall_time", 5.0).build());

        assertEquals("inconclusive", outcome.receipt().verdict().status());
        assertFalse(outcome.failed(), "onInconclusive defaults to warn");
        // One look at alpha 0.05 judges a 90% interval: 2^(1-n) <= 0.10 needs 5 pairs.
        assertTrue(
                outcome.warnings().stream().anyMatch(w -> w.contains("at least 5 pairs")),
                outcome.warnings().toString());
    }

    @Test
    void inconclusiveFailsTheBuildWhenAskedTo() throws Exception {
        FakeRunner runner = Fakes.generating(() -> 100, () -> 100);

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(4).threshold("wall_time", 5.0)
                        .onInconclusive(InconclusivePolicy.FAIL)
                        .build());

        assertTrue(outcome.failed());
        assertTrue(
                outcome.reasons().get(0).startsWith("INCONCLUSIVE (onInconclusive=fail): wall time"),
                outcome.reasons().toString());
    }

    @Test
    void cvThresholdStopsRetriesEarlyAsInconclusiveNotAFailure() throws Exception {
        Random noise = new Random(11);
        FakeRunner runner = Fakes.generating(
                () -> 100 * Math.exp(0.5 * noise.nextGaussian()), () -> 100 * Math.exp(0.5 * noise.nextGaussian()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .repeat(4)
                        .requireSignificance(true)
                        .maxRetries(3)
                        .cvThreshold(0.01)
                        .threshold("wall_time", 5.0)
                        .build());

        assertTrue(outcome.receipt().noiseDiagnostics().earlyTermination());
        assertEquals(0, outcome.receipt().noiseDiagnostics().retriesUsed());
        assertEquals(
                outcome.receipt().config().plannedLooks().get(0),
                outcome.receipt().bench().repeat());
        assertEquals("cv_threshold", outcome.receipt().config().stopReason());
        assertEquals("inconclusive", outcome.receipt().verdict().status());
        assertTrue(
                outcome.warnings().stream()
                        .anyMatch(
                                w -> w.startsWith("early termination: CV ") && w.contains("exceeds threshold 0.0100")),
                outcome.warnings().toString());
        assertFalse(outcome.failed(), outcome.reasons().toString());
    }

    @Test
    void noRetriesOnceARunHasFailed() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner();
        for (int i = 0; i < 20; i++) {
            runner.pair(ok(100), run(100, i == 0 ? 1 : 0, false, null, "", ""));
        }

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .repeat(3)
                        .requireSignificance(true)
                        .maxRetries(3)
                        .threshold("wall_time", 0.0)
                        .build());

        assertEquals(
                outcome.receipt().config().plannedLooks().get(0),
                outcome.receipt().bench().repeat());
        assertEquals("failed_runs", outcome.receipt().config().stopReason());
        assertEquals(List.of("pair 1 current exit 1"), outcome.reasons());
    }

    @Test
    void noiseDiagnosticsOnlyWhenRetriesAreAllowed() throws Exception {
        PairedRunOutcome without = useCase(Fakes.generating(() -> 10, () -> 11), new Fakes.RecordingHostProbe())
                .execute(fixed(3).build());
        PairedRunOutcome with = useCase(Fakes.generating(() -> 10, () -> 11), new Fakes.RecordingHostProbe())
                .execute(request()
                        .repeat(3)
                        .requireSignificance(true)
                        .maxRetries(2)
                        .build());

        assertNull(without.receipt().noiseDiagnostics());
        assertNotNull(with.receipt().noiseDiagnostics());
    }

    @Test
    void clearRegressionFailsWithTheSeedsWording() throws Exception {
        Random noise = new Random(3);
        FakeRunner runner = Fakes.generating(() -> 100 + noise.nextGaussian(), () -> 130 + noise.nextGaussian());

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(8).threshold("wall_time", 5.0).build());

        assertTrue(outcome.failed());
        assertEquals("fail", outcome.receipt().verdict().status());
        assertTrue(
                outcome.reasons().stream()
                        .anyMatch(r -> r.matches(
                                "wall time regression \\(\\d+\\.\\d\\d%\\) exceeded threshold \\(5\\.00%\\)")),
                outcome.reasons().toString());
    }

    @Test
    void sameCommandOnBothSidesPasses() throws Exception {
        Random noise = new Random(5);
        FakeRunner runner = Fakes.generating(
                () -> 100 * Math.exp(0.01 * noise.nextGaussian()), () -> 100 * Math.exp(0.01 * noise.nextGaussian()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(10).threshold("wall_time", 5.0).build());

        assertFalse(outcome.failed(), outcome.reasons().toString());
        assertEquals("pass", outcome.receipt().verdict().status());
    }

    @Test
    void withoutThresholdARegressionIsReportedButNeverFails() throws Exception {
        FakeRunner runner = Fakes.generating(() -> 100, () -> 200);

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(5).build());

        assertFalse(outcome.failed());
        assertEquals("report", outcome.receipt().verdict().status());
    }

    @Test
    void allowNonzeroExcusesExitCodesButNotTimeouts() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner()
                .pair(run(10, 3, false, null, "", ""), run(10, 4, false, null, "", ""))
                .pair(run(10, 0, false, null, "", ""), run(10, 137, true, null, "", ""));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(2).allowNonzero(true).build());

        assertEquals(List.of("pair 2 current timed out"), outcome.reasons());
    }

    @Test
    void randomOrderIsBalancedAndReproducibleFromTheSeed() throws Exception {
        PairedRunOutcome first = useCase(Fakes.generating(() -> 10, () -> 10), new Fakes.RecordingHostProbe())
                .execute(fixed(10).seed(42L).build());
        PairedRunOutcome again = useCase(Fakes.generating(() -> 10, () -> 10), new Fakes.RecordingHostProbe())
                .execute(fixed(10).seed(42L).build());

        List<String> positions = first.receipt().samples().stream()
                .map(s -> s.baseline().position())
                .toList();
        assertEquals(5, positions.stream().filter("first"::equals).count(), positions.toString());
        assertEquals(
                positions,
                again.receipt().samples().stream()
                        .map(s -> s.baseline().position())
                        .toList());
        assertEquals(42L, first.receipt().config().seed());
        assertTrue(first.receipt().samples().stream()
                .allMatch(s -> !s.baseline().position().equals(s.current().position())));
    }

    @Test
    void runnerSeesTheSidesInThePlannedOrder() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner();
        for (int i = 0; i < 4; i++) {
            runner.pair(ok(10), ok(10));
        }

        useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(4).order(PairOrder.ALTERNATE).build());

        assertEquals(
                List.of("baseline", "current", "current", "baseline", "baseline", "current", "current", "baseline"),
                runner.sidesRun);
    }

    @Test
    void defaultSeedIsDerivedFromTheRunId() throws Exception {
        PairedRunOutcome outcome = useCase(Fakes.generating(() -> 10, () -> 10), new Fakes.RecordingHostProbe())
                .execute(request().repeat(2).build());

        assertEquals(
                SeedDerivation.fromRunId(outcome.receipt().run().id()),
                outcome.receipt().config().seed());
    }

    @Test
    void invalidRequestIsRejectedBeforeAnyCommandRuns() {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner();

        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class,
                () -> useCase(runner, new Fakes.RecordingHostProbe())
                        .execute(request().repeat(0).build()));

        assertEquals("repeat", error.parameter());
        assertTrue(runner.sidesRun.isEmpty());
    }

    @Test
    void specCarriesTheRequestToTheRunner() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner().pair(ok(1), ok(1));

        useCase(runner, new Fakes.RecordingHostProbe())
                .execute(fixed(1).baselineCommand(List.of("old", "-x"))
                        .currentCommand(List.of("new", "-y"))
                        .environment(java.util.Map.of("K", "V"))
                        .outputCapBytes(77)
                        .timeout(java.time.Duration.ofSeconds(3))
                        .build());

        var baselineSpec = runner.specs.stream()
                .filter(s -> s.side().equals("baseline"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("old", "-x"), baselineSpec.argv());
        assertEquals("V", baselineSpec.environment().get("K"));
        assertEquals(77, baselineSpec.outputCapBytes());
        assertEquals(java.time.Duration.ofSeconds(3), baselineSpec.timeout());
    }

    @Test
    void outputCapZeroKeepsAtMostTheCeilingAndTheReceiptSaysSo() throws Exception {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner().pair(ok(10), ok(10));
        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(1).outputCapBytes(0).build());
        assertEquals(
                ConfigurationLimits.MAX_OUTPUT_CAP_BYTES, runner.specs.get(0).outputCapBytes());
        assertEquals(
                ConfigurationLimits.MAX_OUTPUT_CAP_BYTES,
                outcome.receipt().config().outputCapBytes());
    }

    @Test
    void emptyEnvironmentValuesAreSetToTheEmptyString() throws Exception {
        // Maven injects <FOO/> as a null value.
        java.util.Map<String, String> environment = new java.util.HashMap<>();
        environment.put("FOO", null);
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner().pair(ok(1), ok(1));
        useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().repeat(1).environment(environment).build());
        assertEquals("", runner.specs.get(0).environment().get("FOO"));
    }

    @Test
    void leftoverProcessesARunLeftBehindAreReportedWithTheirPairAndSide() throws Exception {
        dev.perfgate.process.RunResult withLeftovers =
                new dev.perfgate.process.RunResult(1_000_000, 0, false, new byte[0], new byte[0], null, null, null, 2);
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner().pair(ok(1), ok(1)).pair(ok(1), withLeftovers);
        List<String> seen = new java.util.ArrayList<>();
        PairedRunListener listener = new PairedRunListener() {
            @Override
            public void leftoversKilled(long pairNumber, String side, int processes) {
                seen.add(pairNumber + " " + side + " " + processes);
            }
        };
        new PairedRunUseCase(runner, new Fakes.RecordingHostProbe(), () -> "2024-01-01T00:00:00Z", Fakes.TOOL, listener)
                .execute(request().repeat(2).build());
        assertEquals(List.of("2 current 2"), seen);
    }

    @Test
    void anInterruptedThreadStartsNoRun() {
        Fakes.QueuedRunner runner = new Fakes.QueuedRunner().pair(ok(1), ok(1));
        Thread.currentThread().interrupt();
        try {
            assertThrows(
                    java.util.concurrent.CancellationException.class,
                    () -> useCase(runner, new Fakes.RecordingHostProbe())
                            .execute(request().repeat(1).build()));
        } finally {
            Thread.interrupted();
        }
        assertTrue(runner.sidesRun.isEmpty());
    }

    @Test
    void theSmallestAlphaSplitOverTheMostLooksStillGivesFiniteFigures() throws Exception {
        // significanceAlpha 1e-17 used to end in "-Infinity ... this is a bug in perfgate" after every pair ran.
        Random noise = new Random(7);
        FakeRunner runner = Fakes.generating(() -> 100 + noise.nextGaussian(), () -> 120 + noise.nextGaussian());
        PairedRunRequest request = request()
                .repeat(12)
                .threshold("wall_time", 5.0)
                .significanceAlpha(ConfigurationLimits.MIN_SIGNIFICANCE_ALPHA)
                .build();
        PairedRunOutcome outcome =
                useCase(runner, new Fakes.RecordingHostProbe()).execute(request);

        double alphaPerLook = ConfigurationLimits.MIN_SIGNIFICANCE_ALPHA / (ConfigurationLimits.MAX_RETRIES + 1);
        GateEvaluation evaluation = new GateEvaluator(
                        GateSettings.of(request, alphaPerLook, "fake", 30, SettingNames.KEYS),
                        new FamilyGate(),
                        Map.of())
                .evaluate(outcome.receipt().measuredSamples());
        // The writer refuses NaN and Infinity anywhere in the receipt.
        new dev.perfgate.receipt.ReceiptWriter().toJson(outcome.receipt(), false);
        evaluation
                .analysis()
                .values()
                .forEach(report -> assertTrue(
                        Double.isFinite(report.ciLowerPct())
                                && Double.isFinite(report.ciUpperPct())
                                && Double.isFinite(report.estimatePct()),
                        report.toString()));
    }

    // --- sequential looks and budgets (issue 9) ---

    @Test
    void withOnlyAThresholdAClearRegressionFailsAtTheFirstLook() throws Exception {
        Random noise = new Random(13);
        FakeRunner runner = Fakes.generating(
                () -> 50 * Math.exp(0.05 * noise.nextGaussian()), () -> 80 * Math.exp(0.05 * noise.nextGaussian()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().threshold("wall_time", 10.0).build());

        assertEquals("fail", outcome.receipt().verdict().status());
        assertEquals("decided", outcome.receipt().config().stopReason());
        assertEquals(1, outcome.receipt().config().looksTaken());
        assertEquals(
                outcome.receipt().config().plannedLooks().get(0),
                outcome.receipt().bench().repeat());
        assertTrue(outcome.receipt().bench().repeat() <= 8, "decided within 8 pairs");
    }

    @Test
    void withOnlyAThresholdAnUnchangedCommandPassesBeforeTheBudget() throws Exception {
        Random noise = new Random(17);
        FakeRunner runner = Fakes.generating(
                () -> 50 * Math.exp(0.02 * noise.nextGaussian()), () -> 50 * Math.exp(0.02 * noise.nextGaussian()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().threshold("wall_time", 10.0).build());

        assertEquals(
                "pass",
                outcome.receipt().verdict().status(),
                outcome.receipt().verdict().reasons().toString());
        assertTrue(outcome.receipt().bench().repeat() < 30, "stopped before the budget");
    }

    @Test
    void anUndecidedRunAtTheBudgetSaysHowManyMorePairsAndHowLong() throws Exception {
        // +4% at 10% noise against a 5% threshold: far from decided at 10 pairs.
        Random noise = new Random(19);
        FakeRunner runner = Fakes.generating(
                () -> 1000 * Math.exp(0.1 * noise.nextGaussian()), () -> 1040 * Math.exp(0.1 * noise.nextGaussian()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request().maxPairs(10).threshold("wall_time", 5.0).build());

        assertEquals("inconclusive", outcome.receipt().verdict().status());
        assertEquals(10, outcome.receipt().bench().repeat());
        assertTrue(
                outcome.warnings().stream()
                        .anyMatch(
                                w -> w.matches(
                                        ".*would likely need (about \\d+ more pairs \\(about "
                                                + "\\d+(\\.\\d)? (s|min)\\), more than the budget of 10 pairs allows|more than 10 times the budget of 10 pairs).*")),
                outcome.warnings().toString());
    }

    @Test
    void maxDurationEndsTheRunAtTheLastLookThatFitsInIt() throws Exception {
        // Every run takes 1 s of wall time, so a pair counts 2 s against the budget.
        Random noise = new Random(23);
        FakeRunner runner = Fakes.generating(
                () -> 1000 * Math.exp(0.3 * noise.nextGaussian()), () -> 1000 * Math.exp(0.3 * noise.nextGaussian()));

        PairedRunOutcome outcome = useCase(runner, new Fakes.RecordingHostProbe())
                .execute(request()
                        .threshold("wall_time", 0.0)
                        .maxDuration(java.time.Duration.ofSeconds(25))
                        .build());

        var config = outcome.receipt().config();
        assertEquals("max_duration", config.stopReason());
        assertEquals(25_000L, config.maxDurationMs());
        long taken = config.looksTaken();
        assertTrue(taken < config.looks());
        assertEquals(
                config.plannedLooks().get(Math.toIntExact(taken) - 1),
                outcome.receipt().bench().repeat());
        long elapsedNs = outcome.receipt().samples().stream()
                .mapToLong(s -> s.baseline().wallNs() + s.current().wallNs())
                .sum();
        assertTrue(elapsedNs <= 25_000_000_000L * 1.5, "stopped near the budget: " + elapsedNs);
        assertTrue(
                outcome.warnings().stream().anyMatch(w -> w.contains("maxDuration")),
                outcome.warnings().toString());
    }

    @Test
    void everyPairReportsItsNumberOutOfTheMostTheRunCanTakeAndTheTimeSoFar() throws Exception {
        List<RunProgress> progress = new java.util.ArrayList<>();
        PairedRunListener listener = new PairedRunListener() {
            @Override
            public void pairCompleted(PairedSample sample, RunProgress p) {
                progress.add(p);
            }
        };
        PairedRunUseCase useCase = new PairedRunUseCase(
                Fakes.generating(() -> 10, () -> 12),
                new Fakes.RecordingHostProbe(),
                () -> "2024-01-01T00:00:00Z",
                Fakes.TOOL,
                listener);

        PairedRunOutcome outcome = useCase.execute(
                request().warmup(2).maxPairs(12).threshold("wall_time", 5.0).build());

        assertEquals(outcome.receipt().samples().size(), progress.size());
        assertTrue(progress.stream().allMatch(p -> p.lastPairNumber() == 14), progress.toString());
        assertEquals(
                progress.size() * 22_000_000L, progress.get(progress.size() - 1).elapsedNanos());
    }
}
