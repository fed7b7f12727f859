package dev.perfgate.paired;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.VerdictReport;
import dev.perfgate.stats.GateDecision;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.PairedAnalyzer;
import dev.perfgate.stats.VerdictRule;
import dev.perfgate.stats.VerdictStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Analyses every measured metric (wall time always; CPU time and peak memory when the runner measured
 * them) at one look and judges each one that has a threshold by {@link VerdictRule}: FAIL when the
 * Hodges-Lehmann interval lies above 0 and the estimate exceeds the threshold, PASS when the interval
 * lies below the threshold, INCONCLUSIVE otherwise. The run's verdict is the worst of its gated
 * metrics; without thresholds it only reports.
 */
final class GateEvaluator {

    private final GateSettings settings;

    GateEvaluator(GateSettings settings) {
        this.settings = settings;
    }

    GateEvaluation evaluate(List<PairedSample> measured) {
        Map<String, MetricAnalysisReport> analysis = new LinkedHashMap<>();
        List<String> headlines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        MetricAnalysisReport deciding = null;
        GateDecision decidingDecision = null;
        GateMetric decidingMetric = GatedMetric.WALL_TIME;
        UnevaluableGates unevaluable = new UnevaluableGates();
        for (GateMetric metric : settings.metrics()) {
            Double threshold = settings.threshold(metric);
            UsablePairs figures = UsablePairs.of(measured, metric, settings.runner(), settings.alphaPerLook());
            if (!figures.evaluable()) {
                if (threshold != null) {
                    unevaluable.add(metric, threshold, figures.unevaluableReason());
                }
                continue;
            }
            if (figures.leftOutNote() != null && threshold != null) {
                warnings.add(figures.leftOutNote());
                headlines.add(figures.leftOutNote());
            }
            double[][] values = values(figures.pairs(), metric);
            MetricAnalysis a = PairedAnalyzer.analyze(metric.label(), values[0], values[1],
                    baselineFirst(figures.pairs()), settings.alphaPerLook());
            GateDecision decision = VerdictRule.decide(a, threshold);
            MetricAnalysisReport report = AnalysisReports.from(a, decision, threshold);
            analysis.put(metric.key(), report);
            headlines.add(metric.headline(report));
            judge(metric, decision, report, measured, failures, warnings);
            if (deciding == null || rank(decision) > rank(decidingDecision)) {
                deciding = report;
                decidingDecision = decision;
                decidingMetric = metric;
            }
        }
        VerdictStatus status = decidingDecision == null ? null : decidingDecision.status();
        MetricAnalysisReport wall = analysis.get(GatedMetric.WALL_TIME.key());
        boolean decided = settings.anyThreshold() ? status != VerdictStatus.INCONCLUSIVE : distinguishableFromZero(wall);
        String undecidedBecause = decided ? null : status == VerdictStatus.INCONCLUSIVE
                ? deciding.reason() : "the wall-time change is not yet distinguishable from 0";
        VerdictReport verdict = new VerdictReport(AnalysisReports.status(status), decidingMetric.key(),
                deciding == null ? null : deciding.thresholdPct(), headlines,
                deciding == null ? null : deciding.pairsLikelyNeeded());
        return unevaluable.applyTo(new GateEvaluation(verdict, analysis, decided, undecidedBecause,
                NoiseDiagnosticsCalculator.wallDiffCv(measured), failures, warnings), settings.onInconclusive());
    }

    private void judge(GateMetric metric, GateDecision decision, MetricAnalysisReport report, List<PairedSample> measured,
                       List<String> failures, List<String> warnings) {
        if (decision.reportOnly()) {
            return;
        }
        switch (decision.status()) {
            case FAIL -> failures.add(metric.regression(report));
            case INCONCLUSIVE -> {
                String advice = DecisionAdvice.morePairs(decision.pairsLikelyNeeded(), measured.size(),
                        settings.maxPairs(), TimeBudget.nanosPerPair(measured), settings.names());
                switch (settings.onInconclusive()) {
                    case FAIL -> failures.add("INCONCLUSIVE (onInconclusive=fail): " + report.reason() + advice);
                    case WARN -> warnings.add("INCONCLUSIVE: " + report.reason() + advice);
                    case PASS -> { }
                }
            }
            case PASS -> { }
        }
    }

    private static boolean distinguishableFromZero(MetricAnalysisReport wall) {
        return wall != null && wall.confidenceAchieved() >= wall.confidenceRequested() - 1e-12
                && (wall.ciLowerPct() > 0 || wall.ciUpperPct() < 0);
    }

    /** fail outranks inconclusive outranks pass outranks report (no threshold). */
    static int rank(GateDecision decision) {
        if (decision == null || decision.reportOnly()) {
            return 0;
        }
        return switch (decision.status()) {
            case FAIL -> 3;
            case INCONCLUSIVE -> 2;
            case PASS -> 1;
        };
    }

    static boolean[] baselineFirst(List<PairedSample> measured) {
        boolean[] order = new boolean[measured.size()];
        for (int i = 0; i < order.length; i++) {
            String position = measured.get(i).baseline().position();
            if (position == null) {
                return null; // a receipt from a writer that did not record the order
            }
            order[i] = SampleHalves.FIRST.equals(position);
        }
        return order;
    }

    /** {baseline[], current[]} of the metric, or {@code null} when some run lacks a positive value. */
    static double[][] values(List<PairedSample> measured, GateMetric metric) {
        double[][] values = new double[2][measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            Double baseline = metric.read(measured.get(i).baseline());
            Double current = metric.read(measured.get(i).current());
            if (baseline == null || current == null || baseline <= 0 || current <= 0) {
                return null;
            }
            values[0][i] = baseline;
            values[1][i] = current;
        }
        return values;
    }
}
