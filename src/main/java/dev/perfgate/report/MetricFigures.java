package dev.perfgate.report;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One analysed metric in plain lines of text: the change with its interval and confidence, each side's
 * median, the reason, and the noise figures. For the JUnit report's output and the HTML report.
 */
public final class MetricFigures {

    private MetricFigures() {}

    public static List<String> lines(String key, MetricAnalysisReport a, List<PairedSample> measured) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%s %s %s at %s confidence; threshold %s; %s",
                MetricNames.label(key),
                signedPct(a.estimatePct()),
                interval(a),
                confidence(a),
                a.thresholdPct() == null ? "none" : pct(a.thresholdPct()),
                a.status().toUpperCase(Locale.ROOT)));
        medians(key, measured).ifPresent(lines::add);
        if (a.reason() != null) {
            lines.add("reason: " + a.reason());
        }
        lines.add(String.format(
                Locale.ROOT,
                "%d measured pairs; detectable change (80%% power): %s%s",
                a.n(),
                a.mdePct() == null ? "—" : pct(a.mdePct()),
                a.pairsLikelyNeeded() == null ? "" : "; pairs likely needed: " + a.pairsLikelyNeeded()));
        if (a.noise() != null) {
            MetricAnalysisReport.NoiseReport n = a.noise();
            lines.add(String.format(
                    Locale.ROOT,
                    "noise: robust CV of the per-pair changes %s (baseline %s, current %s), %d outliers, drift rho %+.2f%s%s",
                    pct(n.logRatioRobustCvPct()),
                    pct(n.baselineRobustCvPct()),
                    pct(n.currentRobustCvPct()),
                    n.outliers(),
                    n.driftRho(),
                    n.driftPValue() == null ? "" : String.format(Locale.ROOT, " (p %.3f)", n.driftPValue()),
                    n.drifting() ? " — DRIFTING: the machine changed during the run" : ""));
        }
        if (a.orderEffect() != null) {
            MetricAnalysisReport.OrderEffectReport o = a.orderEffect();
            lines.add(String.format(
                    Locale.ROOT,
                    "order effect: a first run took %s vs a second (%d baseline-first, %d current-first pairs)",
                    signedPct(o.firstMinusSecondPct()),
                    o.baselineFirstPairs(),
                    o.currentFirstPairs()));
        }
        if (a.tTest() != null) {
            lines.add(String.format(
                    Locale.ROOT,
                    "paired t: mean %s [%s, %s]%s",
                    signedPct(a.tTest().meanPct()),
                    signedPct(a.tTest().ciLowerPct()),
                    signedPct(a.tTest().ciUpperPct()),
                    a.tTest().pValue() == null
                            ? ""
                            : String.format(Locale.ROOT, ", p %.4f", a.tTest().pValue())));
        }
        return lines;
    }

    /** "median baseline 5.718 s → current 9.102 s", when the runs carry the metric. */
    static java.util.Optional<String> medians(String key, List<PairedSample> measured) {
        return MetricValues.of(key)
                .map(values -> values.medians(measured))
                .filter(m -> m[0] != null && m[1] != null)
                .map(m -> {
                    MetricValues values = MetricValues.of(key).orElseThrow();
                    return "median baseline " + values.format(m[0]) + " → current " + values.format(m[1]);
                });
    }

    /** "[+1.2%, +5.0%]". */
    public static String interval(MetricAnalysisReport a) {
        return "[" + signedPct(a.ciLowerPct()) + ", " + signedPct(a.ciUpperPct()) + "]";
    }

    /** "95%", or "95% requested, 75% reached" when too few pairs. */
    public static String confidence(MetricAnalysisReport a) {
        String requested = trimmedPct(a.confidenceRequested() * 100);
        return a.confidenceAchieved() + 1e-9 < a.confidenceRequested()
                ? requested + " requested, " + trimmedPct(a.confidenceAchieved() * 100) + " reached"
                : requested;
    }

    public static String signedPct(double value) {
        return String.format(Locale.ROOT, "%+.1f%%", value);
    }

    public static String pct(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** 95 → "95%", 98.75 → "98.75%". */
    static String trimmedPct(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", value))
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }
}
