package dev.perfgate.paired;

import dev.perfgate.merge.MergeStratum;
import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.RequestValidator;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.paired.gate.GateSettings;
import dev.perfgate.paired.gate.StratifiedGateEvaluator;
import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.MergeReport;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedBenchMeta;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.ReceiptFormatException;
import dev.perfgate.receipt.RunConfig;
import dev.perfgate.receipt.RunMeta;
import dev.perfgate.receipt.Thresholds;
import dev.perfgate.receipt.ToolInfo;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.SequentialPlan;
import dev.perfgate.stats.StratifiedAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code perfgate:merge}'s use case: one verdict from the receipts of several machines or shards. Each
 * receipt's measured pairs stay one stratum ({@link StratifiedGateEvaluator}); the merged receipt holds
 * every measured pair with its {@code stratum}, the merged analysis and verdict, and a {@code merge} block
 * with each stratum's own figures. Failed runs (exit codes, timeouts) in any receipt fail the merge as they
 * fail {@code paired}.
 */
public final class ReceiptMerger {

    /**
     * Settings the merge sets over the receipts' own; a {@code null} field keeps theirs (which the receipt
     * set was checked to agree on).
     */
    public record Overrides(Thresholds thresholds, InconclusivePolicy onInconclusive, Double significanceAlpha) {

        public static final Overrides NONE = new Overrides(Thresholds.NONE, null, null);

        public Overrides {
            thresholds = thresholds == null ? Thresholds.NONE : thresholds;
        }
    }

    private final ToolInfo tool;
    private final SettingNames names;

    /**
     * @param tool  the tool that writes the merged receipt
     * @param names how messages name a setting to change
     */
    public ReceiptMerger(ToolInfo tool, SettingNames names) {
        this.tool = tool;
        this.names = names;
    }

    /**
     * Merges and judges.
     *
     * @param strata    the receipts, checked to belong together, at least one
     * @param overrides the merge's own settings
     * @return the merged receipt and whether the gate fails the build, with the reasons
     * @throws InvalidConfigurationException when an override is out of range
     * @throws ReceiptFormatException        when a receipt has no measured pairs or a recorded setting is out
     *                                       of range
     */
    public PairedRunOutcome merge(List<MergeStratum> strata, Overrides overrides)
            throws InvalidConfigurationException, ReceiptFormatException {
        if (overrides.significanceAlpha() != null) {
            RequestValidator.significanceAlpha(overrides.significanceAlpha());
        }
        List<StratifiedGateEvaluator.Stratum> measured = new ArrayList<>();
        for (MergeStratum s : strata) {
            List<PairedSample> pairs = s.receipt().measuredSamples();
            if (pairs.isEmpty()) {
                throw new ReceiptFormatException(
                        "samples",
                        s.name() + " has no measured pairs (samples that are not"
                                + " warmup), so there is nothing to merge from it");
            }
            measured.add(new StratifiedGateEvaluator.Stratum(s.name(), pairs));
        }
        PairedRunReceipt first = strata.get(0).receipt();
        try {
            // The name comes from a downloaded file and names the files the merge writes.
            RequestValidator.requireFileSafe("bench.name", first.bench().name());
        } catch (InvalidConfigurationException e) {
            throw new ReceiptFormatException("bench.name", e.getMessage());
        }
        RunConfig recorded = RecordedSettings.of(first);
        double alpha =
                overrides.significanceAlpha() != null ? overrides.significanceAlpha() : recorded.significanceAlpha();
        RunConfig config = settings(recorded, overrides, alpha, measured);
        if (!sameMetricDefinitions(strata)) {
            // Shards of a JMH suite split by benchmark: the merge covers the union of their choices.
            config = config.toBuilder()
                    .metrics(config.metrics().stream()
                            .map(MetricDefinition::withoutSelection)
                            .toList())
                    .build();
        }
        Map<String, BenchmarkOrigin> origins = new TreeMap<>();
        strata.stream()
                .map(s -> s.receipt().benchmarks())
                .filter(Objects::nonNull)
                .forEach(origins::putAll);
        StratifiedGateEvaluator.Result result =
                new StratifiedGateEvaluator(GateSettings.of(config, names), alpha, origins).evaluate(measured);

        RunFailures failures = new RunFailures(config.allowNonzero());
        List<PairedSample> samples = new ArrayList<>();
        List<MergeReport.Stratum> strataReport = new ArrayList<>();
        for (int s = 0; s < strata.size(); s++) {
            MergeStratum stratum = strata.get(s);
            for (PairedSample pair : measured.get(s).measured()) {
                failures.check(pair);
                samples.add(pair.inStratum(samples.size(), s));
            }
            RunMeta run = stratum.receipt().run();
            RunConfig own = stratum.receipt().config();
            strataReport.add(new MergeReport.Stratum(
                    stratum.name(),
                    run.id(),
                    run.host(),
                    own == null ? null : own.shard(),
                    measured.get(s).measured().size(),
                    run.startedAt()));
        }
        MergeReport merge = new MergeReport(
                strata.size() == 1 ? MetricAnalysis.METHOD : StratifiedAnalysis.METHOD,
                alpha,
                strataReport,
                result.strata());
        PairedBenchMeta bench = first.bench();
        PairedRunReceipt receipt = new PairedRunReceipt(
                PairedRunReceipt.SCHEMA_V1,
                tool,
                new RunMeta(
                        UUID.randomUUID().toString(),
                        earliest(strata),
                        latest(strata),
                        first.run().host(),
                        first.run().runner()),
                new PairedBenchMeta(
                        bench.name(),
                        null,
                        bench.baselineCommand(),
                        bench.currentCommand(),
                        samples.size(),
                        0,
                        bench.workUnits(),
                        bench.timeoutMs(),
                        bench.baselineArtifact(),
                        bench.currentArtifact()),
                List.copyOf(samples),
                new V1StatsCalculator(config.alphaPerLook(), Math.toIntExact(config.significanceMinSamples()))
                        .compute(samples, bench.workUnits()),
                null,
                config,
                result.evaluation().analysis(),
                result.evaluation().verdict(),
                origins,
                merge);
        List<String> reasons = new ArrayList<>(failures.reasons());
        reasons.addAll(result.evaluation().failureReasons());
        return new PairedRunOutcome(
                receipt, !reasons.isEmpty(), reasons, result.evaluation().warnings());
    }

    /** The first receipt's settings with the merge's over them, as one look at the whole alpha. */
    private static RunConfig settings(
            RunConfig c, Overrides o, double alpha, List<StratifiedGateEvaluator.Stratum> measured)
            throws InvalidConfigurationException {
        RequestValidator.thresholds(o.thresholds());
        long pairs = measured.stream().mapToLong(s -> s.measured().size()).sum();
        double level = SequentialPlan.levelBudget(alpha);
        return c.toBuilder()
                .thresholds(c.thresholds().overriddenBy(o.thresholds()))
                .onInconclusive(o.onInconclusive() != null ? o.onInconclusive().configName() : c.onInconclusive())
                .significanceAlpha(alpha)
                .requestedRepeat(pairs)
                .warmup(0)
                .looks(1)
                .alphaPerLook(level)
                .maxPairs(pairs)
                .plannedLooks(List.of(pairs))
                .lookAlphas(List.of(level))
                .looksTaken(1L)
                .stopReason(StopReason.MAX_PAIRS.configName())
                .shard(null)
                .build();
    }

    private static boolean sameMetricDefinitions(List<MergeStratum> strata) {
        return strata.stream()
                        .map(s -> s.receipt().config() == null
                                ? null
                                : s.receipt().config().metrics())
                        .distinct()
                        .count()
                == 1;
    }

    private static String earliest(List<MergeStratum> strata) {
        return strata.stream()
                .map(s -> s.receipt().run().startedAt())
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(strata.get(0).receipt().run().startedAt());
    }

    private static String latest(List<MergeStratum> strata) {
        return strata.stream()
                .map(s -> s.receipt().run().endedAt())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(strata.get(0).receipt().run().endedAt());
    }
}
