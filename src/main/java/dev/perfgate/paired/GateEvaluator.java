package dev.perfgate.paired;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.VerdictReport;
import dev.perfgate.stats.GateDecision;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.PairedAnalyzer;
import dev.perfgate.stats.VerdictRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Analyses every measured metric (wall time always; CPU time and peak memory when the runner measured
 * them) and judges each one that has a threshold (README, "How the verdict is decided"): FAIL when the Hodges-Lehmann
 * interval lies above 0 and the estimate exceeds the threshold, PASS when the interval lies below
 * the threshold and the run could have detected such a change, INCONCLUSIVE otherwise. The run's
 * verdict is the worst of its gated metrics; without thresholds it only reports.
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
        GateMetric decidingMetric = GatedMetric.WALL_TIME;
        UnevaluableGates unevaluable = new UnevaluableGates();
        for (GateMetric metric : settings.metrics()) {
            Double threshold = metric.threshold(settings);
            MetricFigures figures = MetricFigures.of(measured, metric, settings.runner(), settings.alphaPerLook());
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
            judge(metric, report, failures, warnings);
            if (deciding == null || rank(report.status()) > rank(deciding.status())) {
                deciding = report;
                decidingMetric = metric;
            }
        }
        String status = deciding == null ? "report" : deciding.status();
        MetricAnalysisReport wall = analysis.get(GatedMetric.WALL_TIME.key());
        boolean decided = settings.anyThreshold() ? !status.equals("inconclusive") : distinguishableFromZero(wall);
        String undecidedBecause = decided ? null : deciding != null && status.equals("inconclusive")
                ? deciding.reason() : "the wall-time change is not yet distinguishable from 0";
        VerdictReport verdict = new VerdictReport(status, decidingMetric.key(),
                deciding == null ? null : deciding.thresholdPct(), headlines,
                deciding == null ? null : deciding.pairsLikelyNeeded());
        return unevaluable.applyTo(new GateEvaluation(verdict, analysis, decided, undecidedBecause,
                NoiseDiagnosticsCalculator.wallDiffCv(measured), failures, warnings), settings.onInconclusive());
    }

    private void judge(GateMetric metric, MetricAnalysisReport report, List<String> failures, List<String> warnings) {
        switch (report.status()) {
            case "fail" -> failures.add(metric.regression(report));
            case "inconclusive" -> {
                String advice = report.pairsLikelyNeeded() == null ? ""
                        : "; about " + report.pairsLikelyNeeded() + " pairs would likely decide it (<repeat> / -Dperfgate.repeat)";
                switch (settings.onInconclusive()) {
                    case FAIL -> failures.add("INCONCLUSIVE (onInconclusive=fail): " + report.reason() + advice);
                    case WARN -> warnings.add("INCONCLUSIVE: " + report.reason() + advice);
                    case PASS -> { }
                }
            }
            default -> { }
        }
    }

    private static boolean distinguishableFromZero(MetricAnalysisReport wall) {
        return wall != null && wall.confidenceAchieved() >= wall.confidenceRequested() - 1e-12
                && (wall.ciLowerPct() > 0 || wall.ciUpperPct() < 0);
    }

    /** fail outranks inconclusive outranks pass outranks report. */
    private static int rank(String status) {
        return switch (status) {
            case "fail" -> 3;
            case "inconclusive" -> 2;
            case "pass" -> 1;
            default -> 0;
        };
    }

    private static boolean[] baselineFirst(List<PairedSample> measured) {
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
    private static double[][] values(List<PairedSample> measured, GateMetric metric) {
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
