package dev.perfgate.paired.gate;

import dev.perfgate.receipt.MergeReport;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.VerdictReport;
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
 */
public final class StratifiedGateEvaluator {

    /** One receipt's measured pairs. */
    public record Stratum(String name, List<PairedSample> measured) {}

    /** The evaluation, and per metric key each stratum's figures for the receipt's {@code merge} block. */
    public record Result(GateEvaluation evaluation, Map<String, MergeReport.MetricStrata> strata) {}

    /** One metric's pairs, per stratum, ready to analyse. */
    private record MetricPairs(GateMetric metric, Double threshold, List<List<PairedSample>> perStratum) {}

    private final GateSettings settings;
    private final double alpha;

    /**
     * @param settings the merge's settings; their {@code alphaPerLook} is ignored: the merge's one look uses
     *                 the whole {@code alpha}
     * @param alpha    the significance alpha (one-sided false-FAIL rate of the whole family)
     */
    public StratifiedGateEvaluator(GateSettings settings, double alpha) {
        this.settings = settings.atLevel(dev.perfgate.stats.SequentialPlan.levelBudget(alpha));
        this.alpha = alpha;
    }

    public Result evaluate(List<Stratum> strata) {
        UnevaluableGates unevaluable = new UnevaluableGates();
        List<MetricPairs> evaluable = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (GateMetric metric : settings.metrics()) {
            Double threshold = settings.threshold(metric);
            List<List<PairedSample>> perStratum = new ArrayList<>();
            String unevaluableReason = null;
            for (Stratum s : strata) {
                UsablePairs usable = UsablePairs.of(s.measured(), metric, settings.runner(), settings.alphaPerLook());
                if (!usable.evaluable()) {
                    unevaluableReason = (strata.size() > 1 ? "in " + s.name() + ": " : "") + usable.unevaluableReason();
                    break;
                }
                if (usable.leftOutNote() != null && threshold != null) {
                    warnings.add((strata.size() > 1 ? s.name() + ": " : "") + usable.leftOutNote());
                }
                perStratum.add(usable.pairs());
            }
            if (unevaluableReason != null) {
                if (threshold != null) {
                    unevaluable.add(metric, threshold, unevaluableReason);
                }
                continue;
            }
            evaluable.add(new MetricPairs(metric, threshold, perStratum));
        }
        double[] levels = levels(evaluable, strata);

        Map<String, MetricAnalysisReport> analysis = new LinkedHashMap<>();
        Map<String, MergeReport.MetricStrata> figures = new LinkedHashMap<>();
        List<String> headlines = new ArrayList<>(warnings);
        List<String> failures = new ArrayList<>();
        MetricAnalysisReport deciding = null;
        GateDecision decidingDecision = null;
        GateMetric decidingMetric = GatedMetric.WALL_TIME;
        for (int m = 0; m < evaluable.size(); m++) {
            MetricPairs pairs = evaluable.get(m);
            StratifiedAnalysis merged =
                    StratifiedAnalyzer.analyze(pairs.metric().label(), ratios(pairs, strata), levels[m], alpha);
            MetricAnalysis pooled = pooled(pairs, levels[m]);
            GateDecision decision;
            MetricAnalysisReport report;
            if (strata.size() == 1) {
                decision = VerdictRule.decide(pooled, pairs.threshold());
                report = AnalysisReports.from(pooled, decision, pairs.threshold());
            } else {
                decision = StratifiedVerdictRule.decide(merged, pairs.threshold());
                report = mergedReport(AnalysisReports.from(pooled, decision, pairs.threshold()), merged);
            }
            analysis.put(pairs.metric().key(), report);
            figures.put(pairs.metric().key(), strataFigures(merged));
            headlines.add(pairs.metric().headline(report));
            judge(pairs.metric(), decision, report, merged.heterogeneous(), failures, warnings);
            if (deciding == null || GateEvaluator.rank(decision) > GateEvaluator.rank(decidingDecision)) {
                deciding = report;
                decidingDecision = decision;
                decidingMetric = pairs.metric();
            }
        }
        VerdictStatus status = decidingDecision == null ? null : decidingDecision.status();
        VerdictReport verdict = new VerdictReport(
                AnalysisReports.status(status),
                decidingMetric.key(),
                deciding == null ? null : deciding.thresholdPct(),
                headlines,
                deciding == null ? null : deciding.pairsLikelyNeeded());
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
            if (evaluable.get(m).threshold() != null) {
                gated.add(m);
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
        for (int s = 0; s < strata.size(); s++) {
            double[][] values = GateEvaluator.values(pairs.perStratum().get(s), pairs.metric());
            ratios.add(new StratumRatios(strata.get(s).name(), LogRatios.of(values[0], values[1])));
        }
        return ratios;
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

    private static MergeReport.MetricStrata strataFigures(StratifiedAnalysis merged) {
        List<MergeReport.StratumFigures> strata = new ArrayList<>();
        for (int s = 0; s < merged.strata().size(); s++) {
            StratumEstimate e = merged.strata().get(s);
            strata.add(new MergeReport.StratumFigures(
                    s, e.n(), e.estimatePct(), e.lowerPct(), e.upperPct(), e.achievedConfidence(), e.weightShare()));
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
            case INCONCLUSIVE -> {
                switch (settings.onInconclusive()) {
                    case FAIL -> failures.add("INCONCLUSIVE (onInconclusive=fail): " + report.reason());
                    case WARN -> warnings.add("INCONCLUSIVE: " + report.reason());
                    case PASS -> {}
                }
            }
            case PASS -> {}
        }
    }
}
