package dev.perfgate.paired;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.InFlightRuns;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.PairedBenchMeta;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.receipt.RunMeta;
import dev.perfgate.receipt.ToolInfo;
import dev.perfgate.stats.FamilyGate;
import dev.perfgate.stats.SequentialPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The paired benchmark: warmup pairs, then measured pairs in a balanced order up to each planned look
 * of the {@link SequentialPlan}, stopping at the first look that decides (or at the budget), then the
 * receipt and the gate's decision. Every effect goes through a
 * port, so this class does no I/O of its own.
 */
public final class PairedRunUseCase {

    private final ProcessRunner runner;
    private final HostProbe hostProbe;
    private final Clock clock;
    private final ToolInfo tool;
    private final PairedRunListener listener;
    private final Supplier<String> runIds;
    private final SettingNames names;
    /** Where each metric a JMH suite expanded into came from, as the runs read them. */
    private final Map<String, BenchmarkOrigin> origins = new java.util.TreeMap<>();

    public PairedRunUseCase(ProcessRunner runner, HostProbe hostProbe, Clock clock, ToolInfo tool,
                            PairedRunListener listener) {
        this(runner, hostProbe, clock, tool, listener, () -> UUID.randomUUID().toString());
    }

    /** With a run-id source, for tests that need a fixed id (and hence a fixed derived seed). */
    public PairedRunUseCase(ProcessRunner runner, HostProbe hostProbe, Clock clock, ToolInfo tool,
                            PairedRunListener listener, Supplier<String> runIds) {
        this(runner, hostProbe, clock, tool, listener, runIds, SettingNames.KEYS);
    }

    private PairedRunUseCase(ProcessRunner runner, HostProbe hostProbe, Clock clock, ToolInfo tool,
                             PairedRunListener listener, Supplier<String> runIds, SettingNames names) {
        this.runner = runner;
        this.hostProbe = hostProbe;
        this.clock = clock;
        this.tool = tool;
        this.listener = listener;
        this.runIds = runIds;
        this.names = names;
    }

    /** This use case with its messages and advice naming settings as {@code names} says. */
    public PairedRunUseCase namingSettings(SettingNames names) {
        return new PairedRunUseCase(runner, hostProbe, clock, tool, listener, runIds, names);
    }

    /** Checks the request and runs it. */
    public PairedRunOutcome execute(PairedRunRequest request)
            throws InvalidConfigurationException, CommandStartException {
        return execute(check(request));
    }

    /**
     * Everything that can be said about a request before anything runs: its settings (each error names the
     * setting to change) and, as warnings, the gates this runner cannot evaluate.
     */
    public CheckedRequest check(PairedRunRequest request) throws InvalidConfigurationException {
        RequestValidator.validate(request);
        GateCapabilities.check(request, runner).forEach(listener::warning);
        return new CheckedRequest(request);
    }

    public PairedRunOutcome execute(CheckedRequest checked) throws CommandStartException {
        PairedRunRequest request = checked.request();
        origins.clear();
        String runId = runIds.get();
        long seed = request.seed() != null ? request.seed() : SeedDerivation.fromRunId(runId);
        String startedAt = clock.nowRfc3339();
        HostInfo host = hostProbe.probe(request.includeHostnameHash());

        SequentialPlan plan = LookPlanner.plan(request);
        PairOrderPlanner warmupOrder = new PairOrderPlanner(request.order(), seed ^ 0x5DEECE66DL);
        PairOrderPlanner measuredOrder = new PairOrderPlanner(request.order(), seed);
        List<PairedSample> samples = new ArrayList<>();
        RunFailures failures = new RunFailures(request.allowNonzero());
        Batches batches = new Batches(request, plan.maxPairs(), samples, failures);

        batches.run(warmupOrder.nextBatch(request.warmup()), true);
        GateSettings settings = GateSettings.of(request, plan.alpha(0), runner.name(), plan.maxPairs(), names);
        TimeBudget budget = new TimeBudget(request.maxDuration());
        GateEvaluation evaluation;
        StopReason stop;
        int look = 0;
        FamilyGate family = new FamilyGate(); // the gated metrics' decisions, carried from look to look
        while (true) {
            batches.run(measuredOrder.nextBatch(plan.look(look) - measured(samples).size()), false);
            evaluation = new GateEvaluator(settings.atLevel(plan.alpha(look)), family, origins)
                    .evaluate(measured(samples));
            stop = stopReason(request, plan, look, evaluation, failures, budget, samples);
            if (stop != null) {
                break;
            }
            look++;
            listener.lookUndecided(look, plan.lookCount(), plan.look(look), evaluation.undecidedBecause());
        }
        if (stop == StopReason.CV_THRESHOLD || stop == StopReason.MAX_DURATION) {
            String why = stop == StopReason.CV_THRESHOLD
                    ? String.format(Locale.ROOT, "early termination: CV %.4f exceeds threshold %.4f",
                            evaluation.noiseCv(), request.cvThreshold())
                    : String.format(Locale.ROOT, "stopped at look %d of %d: the next look would likely end beyond "
                            + "maxDuration %s (%s)", look + 1, plan.lookCount(), request.maxDuration(),
                            names.of("maxDuration"));
            evaluation = evaluation.withNote(why);
            listener.looksStopped(why);
        }

        List<PairedSample> measured = measured(samples);
        String endedAt = clock.nowRfc3339();
        PairedRunReceipt receipt = new PairedRunReceipt(
                PairedRunReceipt.SCHEMA_V1,
                tool,
                new RunMeta(runId, startedAt, endedAt, host, runner.name()),
                benchMeta(request, measured.size()),
                List.copyOf(samples),
                new V1StatsCalculator(plan.alpha(look), request.significanceMinSamples()).compute(measured, request.workUnits()),
                plan.lookCount() > 1
                        ? NoiseDiagnosticsCalculator.compute(measured, look, stop == StopReason.CV_THRESHOLD) : null,
                RunConfigs.of(request, plan, look, stop, seed, runner.name()),
                evaluation.analysis(),
                evaluation.verdict(),
                origins);

        List<String> reasons = new ArrayList<>(failures.reasons());
        reasons.addAll(evaluation.failureReasons());
        return new PairedRunOutcome(receipt, !reasons.isEmpty(), reasons, evaluation.warnings());
    }

    /** Why no further look is taken after {@code look}, or {@code null} to take the next one. */
    private static StopReason stopReason(PairedRunRequest request, SequentialPlan plan, int look, GateEvaluation evaluation,
                                         RunFailures failures, TimeBudget budget, List<PairedSample> samples) {
        if (!failures.reasons().isEmpty()) {
            return StopReason.FAILED_RUNS; // failed runs fail the build: more pairs could only cost time
        }
        if (evaluation.decided()) {
            return StopReason.DECIDED;
        }
        if (look == plan.lookCount() - 1) {
            return StopReason.MAX_PAIRS;
        }
        if (request.cvThreshold() != null && evaluation.noiseCv() > request.cvThreshold()) {
            return StopReason.CV_THRESHOLD;
        }
        if (budget.wouldExceed(samples, plan.look(look + 1) - plan.look(look))) {
            return StopReason.MAX_DURATION;
        }
        return null;
    }

    /** Runs batches of pairs, numbering them and telling the listener where the run stands. */
    private final class Batches {
        private final PairedRunRequest request;
        private final int maxPairs;
        private final List<PairedSample> samples;
        private final RunFailures failures;

        Batches(PairedRunRequest request, int maxPairs, List<PairedSample> samples, RunFailures failures) {
            this.request = request;
            this.maxPairs = maxPairs;
            this.samples = samples;
            this.failures = failures;
        }

        void run(boolean[] baselineFirst, boolean warmup) throws CommandStartException {
            for (boolean b : baselineFirst) {
                RanPair pair = runPair(request, samples.size(), warmup, b);
                PairedSample sample = pair.sample();
                if (!warmup) {
                    failures.check(sample, pair.baselineRun(), pair.currentRun());
                }
                samples.add(sample);
                listener.pairCompleted(sample, new RunProgress(request.warmup() + maxPairs,
                        TimeBudget.elapsedNanos(samples)));
            }
        }
    }

    private static List<PairedSample> measured(List<PairedSample> samples) {
        return samples.stream().filter(s -> !s.warmup()).toList();
    }

    /** A pair as the receipt keeps it, and its runs as measured (whose output the receipt may have cut). */
    private record RanPair(PairedSample sample, RunResult baselineRun, RunResult currentRun) {
    }

    private RanPair runPair(PairedRunRequest request, int pairIndex, boolean warmup, boolean baselineFirst)
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
        return new RanPair(new PairedSample(pairIndex, warmup, baseline, current,
                current.wallMs() - baseline.wallMs(), rssDiff, current.wallNs() - baseline.wallNs()), baselineRun, currentRun);
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
        origins.putAll(JmhBenchmarkMetric.origins(result.metrics().origins()));
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
}
