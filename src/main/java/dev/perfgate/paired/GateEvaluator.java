package dev.perfgate.paired;

import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.VerdictReport;
import dev.perfgate.stats.PairedTTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges each gated metric on the per-pair log ratios ln(current/baseline): FAIL when the interval
 * lies above 0 and the estimate exceeds the threshold, PASS when the interval lies below the
 * threshold, INCONCLUSIVE otherwise. Without a threshold it only reports.
 */
final class GateEvaluator {

    private final PairedRunRequest request;
    private final double alpha;

    GateEvaluator(PairedRunRequest request, double alphaPerLook) {
        this.request = request;
        this.alpha = alphaPerLook;
    }

    GateEvaluation evaluate(List<PairedSample> measured) {
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String status = "report";
        GatedMetric decidingMetric = null;
        boolean wallSignificant = false;
        String undecided = null;
        for (GatedMetric metric : GatedMetric.values()) {
            double[] logRatios = logRatios(measured, metric);
            if (logRatios == null) {
                continue;
            }
            PairedTTest.PairedTResult t = PairedTTest.test(logRatios, alpha);
            double change = toPercent(t.mean());
            double lower = toPercent(t.ciLower());
            double upper = toPercent(t.ciUpper());
            if (metric == GatedMetric.WALL_TIME) {
                wallSignificant = t.n() >= request.significanceMinSamples() && (lower > 0 || upper < 0);
            }
            Double threshold = metric.threshold(request);
            String figures = String.format(Locale.ROOT, "%s %+.2f%% [%+.2f%%, %+.2f%%]", metric.label(), change, lower, upper);
            if (threshold == null) {
                lines.add(figures + " (no threshold: reported only)");
                continue;
            }
            String metricStatus;
            if (t.n() >= request.significanceMinSamples() && lower > 0 && change > threshold) {
                metricStatus = "fail";
                failures.add(String.format(Locale.ROOT, "%s regression (%.2f%%) exceeded threshold (%.2f%%)",
                        metric.label(), change, threshold));
            } else if (t.n() >= request.significanceMinSamples() && upper < threshold) {
                metricStatus = "pass";
            } else {
                metricStatus = "inconclusive";
                undecided = String.format(Locale.ROOT, "%s interval [%+.2f%%, %+.2f%%] straddles 0 or the %.2f%% threshold",
                        metric.label(), lower, upper, threshold);
            }
            lines.add(String.format(Locale.ROOT, "%s — %s (threshold %.2f%%)", figures, metricStatus.toUpperCase(Locale.ROOT), threshold));
            if (rank(metricStatus) > rank(status)) {
                status = metricStatus;
                decidingMetric = metric;
            }
        }
        if (status.equals("inconclusive")) {
            switch (request.onInconclusive()) {
                case FAIL -> failures.add("verdict INCONCLUSIVE (onInconclusive=fail): " + undecided);
                case WARN -> warnings.add("verdict INCONCLUSIVE: " + undecided + "; more pairs would likely decide it");
                case PASS -> { }
            }
        }
        boolean anyThreshold = request.failOnRegression() != null || request.failOnCpuRegression() != null
                || request.failOnMemoryRegression() != null;
        boolean decided = anyThreshold ? !status.equals("inconclusive") : wallSignificant;
        if (!anyThreshold && !decided) {
            undecided = "the wall-time change is not yet distinguishable from 0";
        }
        VerdictReport verdict = new VerdictReport(status,
                decidingMetric == null ? GatedMetric.WALL_TIME.key() : decidingMetric.key(),
                decidingMetric == null ? request.failOnRegression() : decidingMetric.threshold(request),
                lines);
        return new GateEvaluation(verdict, decided, undecided, NoiseDiagnosticsCalculator.wallDiffCv(measured),
                failures, warnings);
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

    /** ln(current/baseline) per pair, or {@code null} when the metric is missing or not positive in some run. */
    private static double[] logRatios(List<PairedSample> measured, GatedMetric metric) {
        double[] out = new double[measured.size()];
        for (int i = 0; i < out.length; i++) {
            Long baseline = metric.read(measured.get(i).baseline());
            Long current = metric.read(measured.get(i).current());
            if (baseline == null || current == null || baseline <= 0 || current <= 0) {
                return null;
            }
            out[i] = Math.log((double) current / baseline);
        }
        return out;
    }

    private static double toPercent(double logRatio) {
        return Math.expm1(logRatio) * 100.0;
    }
}
