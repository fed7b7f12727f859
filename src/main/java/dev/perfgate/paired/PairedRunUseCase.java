package dev.perfgate.paired;

import dev.perfgate.paired.config.CheckedRequest;
import dev.perfgate.paired.config.ConfigurationLimits;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.LookPlanner;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.paired.gate.GateCapabilities;
import dev.perfgate.paired.gate.GateEvaluation;
import dev.perfgate.paired.gate.GateEvaluator;
import dev.perfgate.paired.gate.GateSettings;
import dev.perfgate.paired.gate.JmhBenchmarkMetric;
import dev.perfgate.paired.gate.NoiseDiagnosticsCalculator;
import dev.perfgate.paired.gate.PairTimes;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.Interruption;
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
    private final ProcessRunner shutdownRunner;
    /** Where each metric a JMH suite expanded into came from, as the runs read them. */
    private final Map<String, BenchmarkOrigin> origins = new java.util.TreeMap<>();

    public PairedRunUseCase(
            ProcessRunner runner, HostProbe hostProbe, Clock clock, ToolInfo tool, PairedRunListener listener) {
        this(runner, hostProbe, clock, tool, listener, () -> UUID.randomUUID().toString());
    }

    /** With a run-id source, for tests that need a fixed id (and hence a fixed derived seed). */
    public PairedRunUseCase(
            ProcessRunner runner,
            HostProbe hostProbe,
            Clock clock,
            ToolInfo tool,
            PairedRunListener listener,
            Supplier<String> runIds) {
        this(runner, hostProbe, clock, tool, listener, runIds, SettingNames.KEYS, null);
    }

    private PairedRunUseCase(
            ProcessRunner runner,
            HostProbe hostProbe,
            Clock clock,
            ToolInfo tool,
            PairedRunListener listener,
            Supplier<String> runIds,
            SettingNames names,
            ProcessRunner shutdownRunner) {
        this.runner = runner;
        this.hostProbe = hostProbe;
        this.clock = clock;
        this.tool = tool;
        this.listener = listener;
        this.runIds = runIds;
        this.names = names;
        this.shutdownRunner = shutdownRunner;
    }

    /**
     * This use case with a runner for the cleanup command once the JVM is shutting down, when the measuring runner
     * starts nothing more; without one, an interrupted build's cleanup command cannot run (and the build says so).
     */
    public PairedRunUseCase withShutdownRunner(ProcessRunner forCleanup) {
        return new PairedRunUseCase(runner, hostProbe, clock, tool, listener, runIds, names, forCleanup);
    }

    /** This use case with its messages and advice naming settings as {@code names} says. */
    public PairedRunUseCase namingSettings(SettingNames names) {
        return new PairedRunUseCase(runner, hostProbe, clock, tool, listener, runIds, names, shutdownRunner);
    }

    /** Checks the request and runs it. */
    public PairedRunOutcome execute(PairedRunRequest request)
            throws InvalidConfigurationException, CommandStartException, HookFailedException {
        return execute(check(request));
    }

    /**
     * Everything that can be said about a request before anything runs: its settings (each error names the
     * setting to change) and, as warnings, the gates this runner cannot evaluate.
     */
    public CheckedRequest check(PairedRunRequest request) throws InvalidConfigurationException {
        CheckedRequest checked = CheckedRequest.of(request);
        GateCapabilities.check(request, runner).forEach(listener::warning);
        return checked;
    }

    public PairedRunOutcome execute(CheckedRequest checked) throws CommandStartException, HookFailedException {
        PairedRunRequest request = checked.request();
        origins.clear();
        String runId = runIds.get();
        long seed = request.shard() != null
                ? request.shard().seed(request.seed())
                : request.seed() != null ? request.seed() : SeedDerivation.fromRunId(runId);
        String startedAt = clock.nowRfc3339();
        HostInfo host = hostProbe.probe(request.includeHostnameHash());

        SequentialPlan plan = LookPlanner.plan(request);
        PairOrderPlanner warmupOrder = new PairOrderPlanner(request.order(), seed ^ 0x5DEECE66DL);
        PairOrderPlanner measuredOrder = new PairOrderPlanner(request.order(), seed);
        List<PairedSample> samples = new ArrayList<>();
        RunFailures failures = new RunFailures(request.allowNonzero());
        HookRunner hooks = new HookRunner(request.hooks(), request, names);
        Batches batches = new Batches(request, plan.maxPairs(), samples, failures, hooks);

        GateSettings settings = GateSettings.of(request, plan.alpha(0), runner.name(), plan.maxPairs(), names);
        TimeBudget budget = new TimeBudget(request.maxDuration());
        GateEvaluation evaluation = null;
        StopReason stop = null;
        int look = 0;
        FamilyGate family = new FamilyGate(); // the gated metrics' decisions, carried from look to look
        Interruption interruption = null;
        String hookFailure = null;
        try {
            hooks.setup(runner);
            batches.run(warmupOrder.nextBatch(request.warmup()), true);
            while (true) {
                batches.run(
                        measuredOrder.nextBatch(
                                plan.look(look) - measured(samples).size()),
                        false);
                evaluation = new GateEvaluator(settings.atLevel(plan.alpha(look)), family, origins)
                        .evaluate(measured(samples));
                stop = stopReason(request, plan, look, evaluation, failures, budget, samples);
                if (stop != null) {
                    break;
                }
                look++;
                listener.lookUndecided(look, plan.lookCount(), plan.look(look), evaluation.undecidedBecause());
            }
        } catch (CancellationException e) {
            interruption = new Interruption(InterruptedRuns.reason(), clock.nowRfc3339());
        } catch (HookFailedException e) {
            if (InterruptedRuns.cancelled()) {
                interruption = new Interruption(InterruptedRuns.reason(), clock.nowRfc3339()); // killed by the stop
            } else {
                hookFailure = e.getMessage();
            }
        }
        String cleanupFailure = cleanup(hooks, interruption, hookFailure, stop);

        List<PairedSample> measured = measured(samples);
        if (interruption != null || hookFailure != null) {
            String why =
                    interruption != null ? "the build was interrupted (" + interruption.reason() + ")" : hookFailure;
            if (measured.isEmpty()) {
                String message = why + "; no measured pair was complete, so no receipt was written"
                        + (cleanupFailure == null ? "" : "; also, " + cleanupFailure);
                if (interruption != null) {
                    throw new CancellationException(message);
                }
                throw new HookFailedException(message);
            }
            if (interruption == null) {
                // a failed command stops the run: judge the complete pairs at the level of the look under way
                evaluation = new GateEvaluator(settings.atLevel(plan.alpha(look)), family, origins).evaluate(measured);
            }
            stop = interruption != null ? StopReason.INTERRUPTED : StopReason.FAILED_HOOK;
        }
        if (stop == StopReason.CV_THRESHOLD || stop == StopReason.MAX_DURATION) {
            String why = stop == StopReason.CV_THRESHOLD
                    ? String.format(
                            Locale.ROOT,
                            "early termination: CV %.4f exceeds threshold %.4f",
                            evaluation.noiseCv(),
                            request.cvThreshold())
                    : String.format(
                            Locale.ROOT,
                            "stopped at look %d of %d: the next look would likely end beyond " + "maxDuration %s (%s)",
                            look + 1,
                            plan.lookCount(),
                            request.maxDuration(),
                            names.of("maxDuration"));
            evaluation = evaluation.withNote(why);
            listener.looksStopped(why);
        }

        String endedAt = clock.nowRfc3339();
        PairedRunReceipt receipt = new PairedRunReceipt(
                PairedRunReceipt.SCHEMA_V1,
                tool,
                new RunMeta(runId, startedAt, endedAt, host, runner.name()).withInterruption(interruption),
                benchMeta(request, measured.size()),
                List.copyOf(samples),
                new V1StatsCalculator(plan.alpha(look), request.significanceMinSamples())
                        .compute(measured, request.workUnits()),
                plan.lookCount() > 1
                        ? NoiseDiagnosticsCalculator.compute(measured, look, stop == StopReason.CV_THRESHOLD)
                        : null,
                RunConfigs.of(request, plan, look, stop, seed, runner.name()),
                // an interrupted run takes no verdict: nothing may read a cut-short run as a pass
                interruption != null ? null : evaluation.analysis(),
                interruption != null ? null : evaluation.verdict(),
                origins);

        List<String> reasons = new ArrayList<>(failures.reasons());
        if (interruption != null) {
            reasons.add("the build was interrupted (" + interruption.reason() + ") after " + measured.size()
                    + " complete measured pairs: the receipt keeps them, marked interrupted, with no verdict");
        } else {
            if (hookFailure != null) {
                reasons.add(hookFailure);
            }
            if (request.shard() == null) {
                reasons.addAll(evaluation.failureReasons());
            }
        }
        if (cleanupFailure != null) {
            reasons.add(cleanupFailure);
        }
        List<String> warnings = interruption != null ? new ArrayList<>() : new ArrayList<>(evaluation.warnings());
        if (interruption == null && request.shard() != null) {
            // A shard's gate is the merge's: what it would fail on alone is said, and decides nothing.
            evaluation.failureReasons().forEach(r -> warnings.add("shard " + request.shard() + " alone: " + r));
        }
        return new PairedRunOutcome(receipt, !reasons.isEmpty(), reasons, warnings);
    }

    /**
     * The cleanup command, once, whatever ended the runs. While the JVM shuts down the runner starts nothing, so
     * the shutdown runner runs it; an interrupted thread is cleared for it and interrupted again afterwards.
     */
    private String cleanup(HookRunner hooks, Interruption interruption, String hookFailure, StopReason stop) {
        String after = interruption != null
                ? "after the build was interrupted"
                : hookFailure != null
                        ? "after a failed command"
                        : stop == StopReason.FAILED_RUNS ? "after a failed run" : "after the last pair";
        ProcessRunner cleanupRunner = InterruptedRuns.shuttingDown() ? shutdownRunner : runner;
        if (cleanupRunner == null) {
            return hooks.cannotCleanUp("the JVM is shutting down and no runner may start it");
        }
        boolean wasInterrupted = Thread.interrupted();
        try {
            return hooks.cleanup(cleanupRunner, after);
        } finally {
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Why no further look is taken after {@code look}, or {@code null} to take the next one. */
    private static StopReason stopReason(
            PairedRunRequest request,
            SequentialPlan plan,
            int look,
            GateEvaluation evaluation,
            RunFailures failures,
            TimeBudget budget,
            List<PairedSample> samples) {
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
        private final HookRunner hooks;

        Batches(
                PairedRunRequest request,
                int maxPairs,
                List<PairedSample> samples,
                RunFailures failures,
                HookRunner hooks) {
            this.request = request;
            this.maxPairs = maxPairs;
            this.samples = samples;
            this.failures = failures;
            this.hooks = hooks;
        }

        void run(boolean[] baselineFirst, boolean warmup) throws CommandStartException, HookFailedException {
            for (boolean b : baselineFirst) {
                RanPair pair = runPair(request, samples.size(), warmup, b, hooks);
                // a run killed because the build stops does not make a pair: only complete pairs are kept
                InterruptedRuns.stopIfCancelled();
                PairedSample sample = pair.sample();
                if (!warmup) {
                    failures.check(sample, pair.baselineRun(), pair.currentRun());
                }
                samples.add(sample);
                listener.pairCompleted(
                        sample, new RunProgress(request.warmup() + maxPairs, PairTimes.elapsedNanos(samples)));
            }
        }
    }

    private static List<PairedSample> measured(List<PairedSample> samples) {
        return samples.stream().filter(s -> !s.warmup()).toList();
    }

    /** A pair as the receipt keeps it, and its runs as measured (whose output the receipt may have cut). */
    private record RanPair(PairedSample sample, RunResult baselineRun, RunResult currentRun) {}

    private RanPair runPair(
            PairedRunRequest request, int pairIndex, boolean warmup, boolean baselineFirst, HookRunner hooks)
            throws CommandStartException, HookFailedException {
        CommandSpec baselineSpec = spec(request, "baseline", request.baselineCommand());
        CommandSpec currentSpec = spec(request, "current", request.currentCommand());
        RunResult baselineRun;
        RunResult currentRun;
        if (baselineFirst) {
            baselineRun = run(baselineSpec, pairIndex, hooks);
            currentRun = run(currentSpec, pairIndex, hooks);
        } else {
            currentRun = run(currentSpec, pairIndex, hooks);
            baselineRun = run(baselineSpec, pairIndex, hooks);
        }
        PairedSampleHalf baseline =
                SampleHalves.from(baselineRun, baselineFirst ? PairedSampleHalf.FIRST : PairedSampleHalf.SECOND);
        PairedSampleHalf current =
                SampleHalves.from(currentRun, baselineFirst ? PairedSampleHalf.SECOND : PairedSampleHalf.FIRST);
        Long rssDiff = baseline.maxRssKb() != null && current.maxRssKb() != null
                ? current.maxRssKb() - baseline.maxRssKb()
                : null;
        return new RanPair(
                new PairedSample(
                        pairIndex,
                        warmup,
                        baseline,
                        current,
                        current.wallMs() - baseline.wallMs(),
                        rssDiff,
                        current.wallNs() - baseline.wallNs()),
                baselineRun,
                currentRun);
    }

    /**
     * One run with its prepare and conclude commands, unless the build was cancelled: once Maven is interrupted no
     * new run starts (the runners refuse too, atomically with the shutdown hook; this check also covers an
     * interrupted thread).
     */
    private RunResult run(CommandSpec spec, int pairIndex, HookRunner hooks)
            throws CommandStartException, HookFailedException {
        InterruptedRuns.stopIfCancelled();
        hooks.prepare(runner, spec.side(), pairIndex + 1L);
        InterruptedRuns.stopIfCancelled();
        RunResult result = InterruptedRuns.run(runner, spec);
        origins.putAll(JmhBenchmarkMetric.origins(result.metrics().origins()));
        if (result.leftoverProcessesKilled() > 0) {
            listener.leftoversKilled(pairIndex + 1, spec.side(), result.leftoverProcessesKilled());
        }
        InterruptedRuns.stopIfCancelled();
        hooks.conclude(runner, spec.side(), pairIndex + 1L);
        return result;
    }

    private static CommandSpec spec(PairedRunRequest request, String side, List<String> argv) {
        return new CommandSpec(
                side,
                argv,
                request.workingDirectory(),
                request.environment(),
                request.timeout(),
                ConfigurationLimits.keptOutputBytes(request.outputCapBytes()));
    }

    private static PairedBenchMeta benchMeta(PairedRunRequest request, int measuredPairs) {
        return new PairedBenchMeta(
                request.name(),
                request.workingDirectory() == null
                        ? null
                        : request.workingDirectory().toString(),
                request.baselineCommand(),
                request.currentCommand(),
                measuredPairs,
                request.warmup(),
                request.workUnits(),
                request.timeout() == null ? null : request.timeout().toMillis());
    }
}
