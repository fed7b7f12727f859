package dev.perfgate.report;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.stats.DirectedChange;

/**
 * An estimate, its interval and its threshold as a chart plots them: in the metric's own terms. The gate's
 * figures of a higher-is-better metric are of its inverse (a positive change is worse); here a 25% lower
 * throughput is −25%, its interval's bounds swapped back, a 10% drop threshold −10%. A lower-is-better
 * metric's figures pass through unchanged.
 *
 * @param higherIsBetter whether the analysed figures were of the inverse
 * @param estimate       own change in percent
 * @param lower          own interval's lower bound
 * @param upper          own interval's upper bound
 * @param threshold      own worst acceptable change, or null without a threshold
 */
record OwnFigures(boolean higherIsBetter, double estimate, double lower, double upper, Double threshold) {

    /** From analysed figures (the inverse's for a higher-is-better metric). */
    static OwnFigures of(
            boolean higherIsBetter, double estimatePct, double lowerPct, double upperPct, Double thresholdPct) {
        return new OwnFigures(
                higherIsBetter,
                DirectedChange.ownPct(estimatePct, higherIsBetter),
                DirectedChange.ownPct(higherIsBetter ? upperPct : lowerPct, higherIsBetter),
                DirectedChange.ownPct(higherIsBetter ? lowerPct : upperPct, higherIsBetter),
                thresholdPct == null ? null : DirectedChange.ownPct(thresholdPct, higherIsBetter));
    }

    static OwnFigures of(MetricAnalysisReport a) {
        return of(a.higherIsBetter(), a.estimatePct(), a.ciLowerPct(), a.ciUpperPct(), a.thresholdPct());
    }

    /**
     * A figure as text: {@code +3.1%} as the charts always wrote it for a lower-is-better metric, with a real
     * minus sign ({@code −25.0%}) for a higher-is-better one, as the other reports state it.
     */
    String percent(double pct) {
        return higherIsBetter ? DirectedChange.percent(pct) : MetricFigures.signedPct(pct);
    }

    /** {@code [+1.2%, +5.0%]}, or {@code [−28.1%, −21.9%]}. */
    String interval() {
        return "[" + percent(lower) + ", " + percent(upper) + "]";
    }
}
