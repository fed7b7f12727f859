package dev.perfgate.paired.gate;

import dev.perfgate.receipt.BenchmarkOrigin;
import dev.perfgate.receipt.MergeReport;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.VerdictReport;
import dev.perfgate.stats.FamilyGate;
import dev.perfgate.stats.GateDecision;
import dev.perfgate.stats.HolmLevels;
import dev.perfgate.stats.LogRatios;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.PairedAnalyzer;
import dev.perfgate.stats.StratifiedAnalysis;
import dev.perfgate.stats.StratifiedAnalyzer;
import dev.perfgate.stats.StratifiedVerdictRule;
import dev.perfgate.stats.StratumEstimate;
import dev.perfgate.stats.StratumRatios;
import dev.perfgate.stats.VerdictRule;
import dev.perfgate.stats.VerdictStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate over the pairs of several receipts (strata), at one look: the shards took no decision, so the
 * merge has the run's whole alpha. Every metric is analysed per stratum and merged
 * ({@link StratifiedAnalyzer}, {@link StratifiedVerdictRule}); one stratum is judged exactly as
 * {@code perfgate:analyze} would at one look. The gated metrics are one family: Holm's step-down over their
 * one-sided p-values sets each one's level ({@link HolmLevels}), so the chance that any unchanged metric
 * falsely FAILs stays at the significance alpha. The verdict is the worst gated metric's, as in
 * {@link GateEvaluator}.
 *
 * <p>A JMH suite expands into one metric per benchmark over the union of the receipts: a suite split by
 * benchmark across shards ({@code <include>} per shard) is merged per benchmark from the strata that ran
 * it, so a shard that did not run a benchmark neither blocks nor dilutes it. A benchmark that no receipt
 * has on both sides is listed as not compared. A ruler whose change is proven makes the merge INCONCLUSIVE,
 * as in {@code paired}.
 */
public final class StratifiedGateEvaluator {

    /** One receipt's measured pairs. */
    public record Stratum(String name, List<PairedSample> measured) {}

    /** The evaluation, and per metric key each stratum's figures for the receipt's {@code merge} block. */
    public record Result(GateEvaluation evaluation, Map<String, MergeReport.MetricStrata> strata) {}

    /** One metric's pairs, per stratum that holds it (their indices in the merge), ready to analyse. */
    private record MetricPairs(
            GateMetric metric, Double threshold, List<Integer> strata, List<List<PairedSample>> perStratum) {}

    private final GateSettings settings;
    private final double alpha;
    private final Map<String, BenchmarkOrigin> origins;

    /**
     * @param settings the merge's settings; their {@code alphaPerLook} is ignored: the merge's one look uses
     *                 the whole {@code alpha}
     * @param alpha    the significance alpha (one-sided false-FAIL rate of the whole family)
     */
    public StratifiedGateEvaluator(GateSettings settings, double alpha) {
        this(settings, alpha, Map.of());
    }

    /**
     * @param origins each JMH benchmark's origin (class, method, mode, unit, direction), from the receipts
     */
    public StratifiedGateEvaluator(GateSettings settings, double alpha, Map<String, BenchmarkOrigin> origins) {
        this.settings = settings.atLevel(dev.perfgate.stats.SequentialPlan.levelBudget(alpha));
        this.alpha = alpha;
        this.origins = origins == null ? Map.of() : origins;
    }

    public Result evaluate(List<Stratum> strata) {
        UnevaluableGates unevaluable = new UnevaluableGates();
        List<MetricPairs> evaluable = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> notCompared = new LinkedHashMap<>();
        List<GateMetric> metrics = new ArrayList<>(settings.metrics());
        List<PairedSample> everyPair =
                strata.stream().flatMap(s -> s.measured().stream()).toList();
        metrics.addAll(JmhBenchmarkMetric.expand(settings.outputMetrics(), everyPair, origins, notCompared));
        for (GateMetric metric : metrics) {
            Double threshold = settings.threshold(metric);
            boolean benchmark = metric instanceof JmhBenchmarkMetric;
            List<Integer> holding = new ArrayList<>();
            List<List<PairedSample>> perStratum = new ArrayList<>();
            String unevaluableReason = null;
            for (int i = 0; i < strata.size(); i++) {
                Stratum s = strata.get(i);
                if (benchmark && !ranBothSides(s.measured(), metric)) {
                    continue; // this shard did not run the benchmark (a suite split by <include>)
                }
                UsablePairs usable = UsablePairs.of(s.measured(), metric, settings.runner(), settings.alphaPerLook());
                if (!usable.evaluable()) {
                    unevaluableReason = (strata.size() > 1 ? "in " + s.name() + ": " : "") + usable.unevaluableReason();
                    break;
                }
                if (usable.leftOutNote() != null && threshold != null) {
                    warnings.add((strata.size() > 1 ? s.name() + ": " : "") + usable.leftOutNote());
                }
                holding.add(i);
                perStratum.add(usable.pairs());
            }
            if (benchmark && unevaluableReason == null && holding.isEmpty()) {
                unevaluableReason = "no receipt ran it on both sides";
            }
            if (unevaluableReason != null) {
                if (benchmark) {
                    notCompared.put(metric.key(), unevaluableReason);
                } else if (threshold != null) {
                    unevaluable.add(metric, threshold, unevaluableReason);
                }
                continue;
            }
            evaluable.add(new MetricPairs(metric, threshold, holding, perStratum));
        }
        double[] levels = levels(evaluable, strata);

        Map<String, MetricAnalysisReport> analysis = new LinkedHashMap<>();
        Map<String, MergeReport.MetricStrata> figures = new LinkedHashMap<>();
        List<String> headlines = new ArrayList<>(warnings);
        List<String> failures = new ArrayList<>();
        MetricAnalysisReport deciding = null;
        GateDecision decidingDecision = null;
        GateMetric decidingMetric = GatedMetric.WALL_TIME;
        GateMetric trippedRuler = null;
        for (int m = 0; m < evaluable.size(); m++) {
            MetricPairs pairs = evaluable.get(m);
            StratifiedAnalysis merged =
                    StratifiedAnalyzer.analyze(pairs.metric().label(), ratios(pairs, strata), levels[m], alpha);
            MetricAnalysis pooled = pooled(pairs, levels[m]);
            GateMetric metric = pairs.metric();
            Double failLevel = pairs.threshold() == null ? null : levels[m];
            GateDecision decision;
            MetricAnalysisReport report;
            if (pairs.strata().size() == 1) {
                decision = VerdictRule.decide(pooled, pairs.threshold());
                report = AnalysisReports.from(
                        pooled, decision, pairs.threshold(), metric.higherIsBetter(), metric.ruler(), failLevel);
            } else {
                decision = StratifiedVerdictRule.decide(merged, pairs.threshold(), metric.higherIsBetter());
                report = AnalysisReports.directed(
                        mergedReport(AnalysisReports.from(pooled, decision, pairs.threshold()), merged),
                        metric.higherIsBetter(),
                        metric.ruler(),
                        failLevel);
            }
            if (metric.ruler() && decision.status() == VerdictStatus.FAIL) {
                trippedRuler = trippedRuler == null ? metric : trippedRuler;
            }
            analysis.put(metric.key(), report);
            figures.put(metric.key(), strataFigures(merged, pairs.strata()));
            headlines.add(pairs.metric().headline(report));
            if (!metric.ruler()) {
                judge(metric, decision, report, merged.heterogeneous(), failures, warnings);
            }
            if (deciding == null || GateEvaluator.rank(decision) > GateEvaluator.rank(decidingDecision)) {
                deciding = report;
                decidingDecision = decision;
                decidingMetric = pairs.metric();
            }
        }
        notCompared.forEach((key, why) -> headlines.add(key + " — not compared: " + why));
        VerdictStatus status = decidingDecision == null ? null : decidingDecision.status();
        if (trippedRuler != null) {
            // The two sides did not run alike: no benchmark's FAIL can be trusted, so none fails the build.
            status = VerdictStatus.INCONCLUSIVE;
            deciding = analysis.get(trippedRuler.key());
            decidingMetric = trippedRuler;
            failures.removeIf(f -> !f.startsWith("INCONCLUSIVE"));
            String why = "ruler " + trippedRuler.key() + " changed beyond its threshold: the two sides did not run"
                    + " under the same conditions, so no benchmark's verdict can be trusted";
            settings.onInconclusive().file(why, failures, warnings);
        }
        VerdictReport verdict = new VerdictReport(
                AnalysisReports.status(status),
                decidingMetric.key(),
                deciding == null ? null : deciding.thresholdPct(),
                headlines,
                deciding == null ? null : deciding.pairsLikelyNeeded(),
                family(evaluable, analysis, trippedRuler),
                notCompared.isEmpty() ? null : notCompared);
        List<PairedSample> all =
                strata.stream().flatMap(s -> s.measured().stream()).toList();
        GateEvaluation evaluation = unevaluable.applyTo(
                new GateEvaluation(
                        verdict,
                        analysis,
                        status != VerdictStatus.INCONCLUSIVE,
                        null,
                        NoiseDiagnosticsCalculator.wallDiffCv(all),
                        failures,
                        warnings),
                settings.onInconclusive());
        return new Result(evaluation, figures);
    }

    /** Holm's levels for the gated metrics (from their p-values at the whole level); the whole level otherwise. */
    private double[] levels(List<MetricPairs> evaluable, List<Stratum> strata) {
        double whole = settings.alphaPerLook();
        double[] levels = new double[evaluable.size()];
        List<Integer> gated = new ArrayList<>();
        for (int m = 0; m < evaluable.size(); m++) {
            levels[m] = whole;
            if (evaluable.get(m).threshold() != null
                    && !evaluable.get(m).metric().ruler()) {
                gated.add(m); // a ruler is tested alone at the whole level: a check, not a family member
            }
        }
        double[] p = new double[gated.size()];
        for (int g = 0; g < p.length; g++) {
            MetricPairs pairs = evaluable.get(gated.get(g));
            p[g] = StratifiedAnalyzer.analyze(pairs.metric().label(), ratios(pairs, strata), whole, alpha)
                    .pGreater();
        }
        double[] holm = HolmLevels.twoSided(p, alpha);
        for (int g = 0; g < holm.length; g++) {
            levels[gated.get(g)] = holm[g];
        }
        return levels;
    }

    private static List<StratumRatios> ratios(MetricPairs pairs, List<Stratum> strata) {
        List<StratumRatios> ratios = new ArrayList<>();
        for (int h = 0; h < pairs.strata().size(); h++) {
            double[][] values = GateEvaluator.values(pairs.perStratum().get(h), pairs.metric());
            ratios.add(new StratumRatios(strata.get(pairs.strata().get(h)).name(), LogRatios.of(values[0], values[1])));
        }
        return ratios;
    }

    /** The family of gated metrics at the merge's one look: its size, failures, undecided, tripped ruler. */
    private static VerdictReport.FamilyReport family(
            List<MetricPairs> evaluable, Map<String, MetricAnalysisReport> analysis, GateMetric trippedRuler) {
        int size = 0;
        int failed = 0;
        int undecided = 0;
        for (MetricPairs pairs : evaluable) {
            if (pairs.threshold() == null || pairs.metric().ruler()) {
                continue; // a ruler is a check on the comparison, not a member of the family
            }
            size++;
            String status = analysis.get(pairs.metric().key()).status();
            if ("fail".equals(status)) {
                failed++;
            } else if ("inconclusive".equals(status)) {
                undecided++;
            }
        }
        return new VerdictReport.FamilyReport(
                FamilyGate.METHOD,
                size,
                failed,
                undecided,
                trippedRuler == null ? List.of() : List.of(trippedRuler.key()));
    }

    /** Whether some pair of the stratum has a value of {@code metric} on both sides. */
    private static boolean ranBothSides(List<PairedSample> measured, GateMetric metric) {
        return measured.stream().anyMatch(p -> metric.read(p.baseline()) != null && metric.read(p.current()) != null);
    }

    /** The paired analysis of every pair, strata pooled: the merge's one-stratum verdict, else figures beside it. */
    private static MetricAnalysis pooled(MetricPairs pairs, double level) {
        List<PairedSample> all =
                pairs.perStratum().stream().flatMap(List::stream).toList();
        double[][] values = GateEvaluator.values(all, pairs.metric());
        return PairedAnalyzer.analyze(
                pairs.metric().label(), values[0], values[1], GateEvaluator.baselineFirst(all), level);
    }

    /** The pooled report with the merged estimate, interval and decision in its primary fields. */
    private static MetricAnalysisReport mergedReport(MetricAnalysisReport pooled, StratifiedAnalysis merged) {
        return new MetricAnalysisReport(
                StratifiedAnalysis.METHOD,
                pooled.n(),
                merged.level(),
                merged.estimatePct(),
                merged.ciLowerPct(),
                merged.ciUpperPct(),
                1.0 - merged.level(),
                // Short of it, the merged interval is no better than the weakest stratum's.
                merged.confidenceAchieved()
                        ? 1.0 - merged.level()
                        : merged.strata().stream()
                                .mapToDouble(StratumEstimate::achievedConfidence)
                                .min()
                                .orElse(0.0),
                merged.estimateLog(),
                merged.lowerLog(),
                merged.upperLog(),
                pooled.wilcoxon(),
                pooled.tTest(),
                pooled.mdePct(),
                pooled.noise(),
                pooled.orderEffect(),
                pooled.status(),
                pooled.thresholdPct(),
                pooled.reason(),
                null);
    }

    /** Each holding stratum's figures, under its index in the merge. */
    private static MergeReport.MetricStrata strataFigures(StratifiedAnalysis merged, List<Integer> indices) {
        List<MergeReport.StratumFigures> strata = new ArrayList<>();
        for (int h = 0; h < merged.strata().size(); h++) {
            StratumEstimate e = merged.strata().get(h);
            strata.add(new MergeReport.StratumFigures(
                    indices.get(h),
                    e.n(),
                    e.estimatePct(),
                    e.lowerPct(),
                    e.upperPct(),
                    e.achievedConfidence(),
                    e.weightShare()));
        }
        var h = merged.heterogeneity();
        return new MergeReport.MetricStrata(
                strata, h == null ? null : new MergeReport.Heterogeneity(h.q(), h.df(), h.pValue(), h.rejected()));
    }

    private void judge(
            GateMetric metric,
            GateDecision decision,
            MetricAnalysisReport report,
            boolean disagree,
            List<String> failures,
            List<String> warnings) {
        if (decision.reportOnly()) {
            return;
        }
        switch (decision.status()) {
            case FAIL -> failures.add(metric.regression(report) + (disagree ? ": " + report.reason() : ""));
            case INCONCLUSIVE -> settings.onInconclusive().file(report.reason(), failures, warnings);
            case PASS -> {}
        }
    }
}
