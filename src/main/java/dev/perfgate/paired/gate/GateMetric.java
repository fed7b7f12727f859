package dev.perfgate.paired.gate;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSampleHalf;
import java.util.Locale;

/**
 * One metric the gate analyses on per-pair log ratios, where a higher value is worse: the built-in
 * ones ({@link GatedMetric}) and the numbers read from the commands' output ({@link OutputMetric}).
 */
public interface GateMetric {

    /** The receipt's name for it, e.g. {@code wall_time}: its key in {@code analysis}. */
    String key();

    /** The log's name for it, e.g. {@code wall time}. */
    String label();

    /**
     * A threshold as the user gave it, in percent, on the scale this metric is analysed on; {@code null} stays
     * {@code null} (report only). The same scale unless the metric is analysed as its inverse.
     */
    default Double onAnalysedScale(Double percent) {
        return percent;
    }

    /** The analysed value of one run (positive when measured), or {@code null} when it was not measured. */
    Double read(PairedSampleHalf half);

    /** Whether the metric's own value is better higher (it is then analysed as its inverse). */
    default boolean higherIsBetter() {
        return false;
    }

    /** A control benchmark: never fails the build; a proven change makes the comparison untrustworthy. */
    default boolean ruler() {
        return false;
    }

    /** e.g. {@code wall time +3.1% [+1.2%, +5.0%] — FAIL (threshold 2.0%)}. */
    default String headline(MetricAnalysisReport r) {
        String figures = String.format(
                Locale.ROOT, "%s %+.1f%% [%+.1f%%, %+.1f%%]", label(), r.estimatePct(), r.ciLowerPct(), r.ciUpperPct());
        if (r.thresholdPct() == null) {
            return figures + " — reported (no threshold)";
        }
        return String.format(
                Locale.ROOT,
                "%s — %s (threshold %.1f%%)",
                figures,
                r.status().toUpperCase(Locale.ROOT),
                r.thresholdPct());
    }

    /** Why a FAIL fails the build, e.g. {@code wall time regression (7.93%) exceeded threshold (5.00%)}. */
    default String regression(MetricAnalysisReport r) {
        return String.format(
                Locale.ROOT,
                "%s regression (%.2f%%) exceeded threshold (%.2f%%)",
                label(),
                r.estimatePct(),
                r.thresholdPct());
    }
}
