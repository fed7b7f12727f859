package dev.perfgate.paired;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.InFlightRuns;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.PairedBenchMeta;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.receipt.RunConfig;
import dev.perfgate.receipt.RunMeta;
import dev.perfgate.receipt.ToolInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The paired benchmark: warmup pairs, measured pairs in a balanced order, planned retry looks while
 * the verdict is undecided, then the receipt and the gate's decision. Every effect goes through a
 * port, so this class does no I/O of its own.
 */
public final class PairedRunUseCase {

    private final ProcessRunner runner;
    private final HostProbe hostProbe;
    private final Clock clock;
    private final ToolInfo tool;
    private final PairedRunListener listener;
    private final Supplier<String> runIds;

    public PairedRunUseCase(ProcessRunner runner, HostProbe hostProbe, Clock clock, ToolInfo tool,
                            PairedRunListener listener) {
        this(runner, hostProbe, clock, tool, listener, () -> UUID.randomUUID().toString());
    }

    /** With a run-id source, for tests that need a fixed id (and hence a fixed derived seed). */
    public PairedRunUseCase(ProcessRunner runner, HostProbe hostProbe, Clock clock, ToolInfo tool,
                            PairedRunListener listener, Supplier<String> runIds) {
        this.runner = runner;
        this.hostProbe = hostProbe;
        this.clock = clock;
        this.tool = tool;
        this.listener = listener;
        this.runIds = runIds;
    }

    public PairedRunOutcome execute(PairedRunRequest request)
            throws InvalidConfigurationException, CommandStartException {
        RequestValidator.validate(request);
        GateCapabilities.check(request, runner).forEach(listener::warning);
        String runId = runIds.get();
        long seed = request.seed() != null ? request.seed() : SeedDerivation.fromRunId(runId);
        String startedAt = clock.nowRfc3339();
        HostInfo host = hostProbe.probe(request.includeHostnameHash());

        RetryPlan plan = RetryPlan.of(request);
        PairOrderPlanner warmupOrder = new PairOrderPlanner(request.order(), seed ^ 0x5DEECE66DL);
        PairOrderPlanner measuredOrder = new PairOrderPlanner(request.order(), seed);
        List<PairedSample> samples = new ArrayList<>();
        RunFailures failures = new RunFailures(request.allowNonzero());

        runBatch(request, warmupOrder.nextBatch(request.warmup()), true, samples, failures);
        runBatch(request, measuredOrder.nextBatch(request.repeat()), false, samples, failures);

        GateEvaluator gate = new GateEvaluator(GateSettings.of(request, plan.alphaPerLook(), runner.name()));
        GateEvaluation evaluation = gate.evaluate(measured(samples));
        int retriesUsed = 0;
        boolean earlyTermination = false;
        // Failed runs already fail the build: more pairs could not change that, only cost time.
        while (plan.retriesAllowed() && retriesUsed < request.maxRetries() && !evaluation.decided()
                && failures.reasons().isEmpty()) {
            if (request.cvThreshold() != null && evaluation.noiseCv() > request.cvThreshold()) {
                earlyTermination = true;
                String why = String.format(Locale.ROOT,
                        "early termination: CV %.4f exceeds threshold %.4f", evaluation.noiseCv(), request.cvThreshold());
                evaluation = evaluation.withNote(why);
                listener.retriesStopped(why);
                break;
            }
            retriesUsed++;
            int batch = RetryPlan.pairsForRetry(retriesUsed);
            listener.retryStarted(retriesUsed, batch, evaluation.undecidedBecause());
            runBatch(request, measuredOrder.nextBatch(batch), false, samples, failures);
            evaluation = gate.evaluate(measured(samples));
        }

        List<PairedSample> measured = measured(samples);
        String endedAt = clock.nowRfc3339();
        PairedRunReceipt receipt = new PairedRunReceipt(
                PairedRunReceipt.SCHEMA_V1,
                tool,
                new RunMeta(runId, startedAt, endedAt, host, runner.name()),
                benchMeta(request, measured.size()),
                List.copyOf(samples),
                new V1StatsCalculator(plan.alphaPerLook(), request.significanceMinSamples()).compute(measured, request.workUnits()),
                request.maxRetries() > 0 ? NoiseDiagnosticsCalculator.compute(measured, retriesUsed, earlyTermination) : null,
                config(request, plan, seed),
                evaluation.analysis(),
                evaluation.verdict());

        List<String> reasons = new ArrayList<>(failures.reasons());
        reasons.addAll(evaluation.failureReasons());
        return new PairedRunOutcome(receipt, !reasons.isEmpty(), reasons, evaluation.warnings());
    }

    private static List<PairedSample> measured(List<PairedSample> samples) {
        return samples.stream().filter(s -> !s.warmup()).toList();
    }

    private void runBatch(PairedRunRequest request, boolean[] baselineFirst, boolean warmup,
                          List<PairedSample> samples, RunFailures failures) throws CommandStartException {
        for (boolean b : baselineFirst) {
            PairedSample sample = runPair(request, samples.size(), warmup, b);
            if (!warmup) {
                failures.check(sample);
            }
            samples.add(sample);
            listener.pairCompleted(sample);
        }
    }

    private PairedSample runPair(PairedRunRequest request, int pairIndex, boolean warmup, boolean baselineFirst)
            throws CommandStartException {
        CommandSpec baselineSpec = spec(request, "baseline", request.baselineCommand());
        CommandSpec currentSpec = spec(request, "current", request.currentCommand());
        RunResult baselineRun;
        RunResult currentRun;
        if (baselineFirst) {
            baselineRun = run(baselineSpec, pairIndex);
            currentRun = run(currentSpec, pairIndex);
        } else {
            currentRun = run(currentSpec, pairIndex);
            baselineRun = run(baselineSpec, pairIndex);
        }
        PairedSampleHalf baseline = SampleHalves.from(baselineRun, baselineFirst ? SampleHalves.FIRST : SampleHalves.SECOND);
        PairedSampleHalf current = SampleHalves.from(currentRun, baselineFirst ? SampleHalves.SECOND : SampleHalves.FIRST);
        Long rssDiff = baseline.maxRssKb() != null && current.maxRssKb() != null
                ? current.maxRssKb() - baseline.maxRssKb() : null;
        return new PairedSample(pairIndex, warmup, baseline, current,
                current.wallMs() - baseline.wallMs(), rssDiff, current.wallNs() - baseline.wallNs());
    }

    /**
     * One run, unless the build was cancelled: once Maven is interrupted no new run starts (the runners
     * refuse too, atomically with the shutdown hook; this check also covers an interrupted thread).
     */
    private RunResult run(CommandSpec spec, int pairIndex) throws CommandStartException {
        if (Thread.currentThread().isInterrupted() || InFlightRuns.shuttingDown()) {
            throw new CancellationException("the build was interrupted; no further run starts");
        }
        RunResult result = runner.run(spec);
        if (result.leftoverProcessesKilled() > 0) {
            listener.leftoversKilled(pairIndex + 1, spec.side(), result.leftoverProcessesKilled());
        }
        return result;
    }

    private static CommandSpec spec(PairedRunRequest request, String side, List<String> argv) {
        return new CommandSpec(side, argv, request.workingDirectory(), request.environment(), request.timeout(),
                ConfigurationLimits.keptOutputBytes(request.outputCapBytes()));
    }

    private static PairedBenchMeta benchMeta(PairedRunRequest request, int measuredPairs) {
        return new PairedBenchMeta(
                request.name(),
                request.workingDirectory() == null ? null : request.workingDirectory().toString(),
                request.baselineCommand(),
                request.currentCommand(),
                measuredPairs,
                request.warmup(),
                request.workUnits(),
                request.timeout() == null ? null : request.timeout().toMillis());
    }

    private RunConfig config(PairedRunRequest request, RetryPlan plan, long seed) {
        return new RunConfig(
                request.repeat(),
                request.warmup(),
                request.maxRetries(),
                request.requireSignificance(),
                request.significanceAlpha(),
                request.significanceMinSamples(),
                plan.looks(),
                plan.alphaPerLook(),
                request.cvThreshold(),
                request.failOnRegression(),
                request.failOnCpuRegression(),
                request.failOnMemoryRegression(),
                request.onInconclusive().configName(),
                request.order().configName(),
                seed,
                runner.name(),
                request.allowNonzero(),
                ConfigurationLimits.keptOutputBytes(request.outputCapBytes()), // what was kept, not "0"
                request.timeout() == null ? null : request.timeout().toMillis(),
                request.metrics().isEmpty() ? null : request.metrics());
    }
}
