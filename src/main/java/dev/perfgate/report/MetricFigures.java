package dev.perfgate.report;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.stats.DirectedChange;
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
                "%s %s at %s confidence; threshold %s; %s",
                MetricNames.label(key),
                ownChange(a),
                confidence(a),
                ownThreshold(a, "none"),
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
                    "paired t: mean %s%s",
                    ownTTest(a),
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

    /**
     * The change and its interval in the metric's own terms: {@code +3.1% [+1.2%, +5.0%]}, or for a
     * higher-is-better metric {@code −25.0% [−28.1%, −21.9%] (higher is better)}, never its inverse's change.
     */
    public static String ownChange(MetricAnalysisReport a) {
        return DirectedChange.change(a.estimatePct(), a.ciLowerPct(), a.ciUpperPct(), a.higherIsBetter());
    }

    /** The paired t mean and its interval in the metric's own terms. */
    static String ownTTest(MetricAnalysisReport a) {
        MetricAnalysisReport.TTestReport t = a.tTest();
        return DirectedChange.change(t.meanPct(), t.ciLowerPct(), t.ciUpperPct(), a.higherIsBetter());
    }

    /** The estimate alone in the metric's own terms. */
    static String ownEstimate(MetricAnalysisReport a) {
        return DirectedChange.percent(DirectedChange.ownPct(a.estimatePct(), a.higherIsBetter()));
    }

    /** The interval alone in the metric's own terms (its bounds swap for a higher-is-better metric). */
    static String ownInterval(MetricAnalysisReport a) {
        boolean higher = a.higherIsBetter();
        return "[" + DirectedChange.percent(DirectedChange.ownPct(higher ? a.ciUpperPct() : a.ciLowerPct(), higher))
                + ", " + DirectedChange.percent(DirectedChange.ownPct(higher ? a.ciLowerPct() : a.ciUpperPct(), higher))
                + "]";
    }

    /** The threshold as the metric's own worst acceptable change ({@code −10.0%} for a throughput), or {@code none}. */
    static String ownThreshold(MetricAnalysisReport a, String none) {
        return a.thresholdPct() == null ? none : DirectedChange.threshold(a.thresholdPct(), a.higherIsBetter());
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
