package dev.perfgate.stats;

import java.util.Locale;

/**
 * A change stated in the metric's own terms. The gate analyses every metric so that a positive log ratio
 * is worse: a lower-is-better value as it is, a higher-is-better one (a throughput) as its inverse. People
 * read neither the inverse nor log ratios: a throughput that drops from 100 to 75 ops/ms is
 * "−25.0% (higher is better)", never the "+33.3%" of its inverse. Negative figures carry a real minus sign
 * (U+2212), positive ones a plus.
 */
public final class DirectedChange {
    /** The minus sign of the statements. */
    public static final char MINUS = '\u2212';

    private DirectedChange() {}

    /**
     * The metric's own change in percent from the analysed one.
     *
     * @param analysedPct the change of the analysed value (the inverse for a higher-is-better metric)
     */
    public static double ownPct(double analysedPct, boolean higherIsBetter) {
        return higherIsBetter ? (100.0 / (1.0 + analysedPct / 100.0) - 100.0) : analysedPct;
    }

    /**
     * The analysed threshold (a rise of the analysed value) of a threshold stated in the metric's own terms
     * (for a higher-is-better metric a drop in percent, below 100): a 10% drop is a +11.1% inverse.
     */
    public static double analysedThresholdPct(double ownThresholdPct, boolean higherIsBetter) {
        return higherIsBetter ? (100.0 / (1.0 - ownThresholdPct / 100.0) - 100.0) : ownThresholdPct;
    }

    /** {@code +3.1%} or {@code −25.0%}, one decimal. */
    public static String percent(double pct) {
        String text = String.format(Locale.ROOT, "%+.1f%%", pct);
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }

    /**
     * Estimate and interval in the metric's own terms, e.g. {@code +3.1% [+1.2%, +5.0%]} or, for a throughput,
     * {@code −25.0% [−28.1%, −21.9%] (higher is better)}: the interval's bounds swap with the inversion.
     */
    public static String change(double estimatePct, double lowerPct, double upperPct, boolean higherIsBetter) {
        if (!higherIsBetter) {
            return percent(estimatePct) + " [" + percent(lowerPct) + ", " + percent(upperPct) + "]";
        }
        return percent(ownPct(estimatePct, true)) + " [" + percent(ownPct(upperPct, true)) + ", "
                + percent(ownPct(lowerPct, true)) + "] (higher is better)";
    }

    /**
     * The threshold as the metric's own worst acceptable change: {@code +10.0%} for a lower-is-better
     * metric, {@code −10.0%} for a higher-is-better one.
     *
     * @param analysedThresholdPct the threshold on the analysed value
     */
    public static String threshold(double analysedThresholdPct, boolean higherIsBetter) {
        return percent(ownPct(analysedThresholdPct, higherIsBetter));
    }
}
