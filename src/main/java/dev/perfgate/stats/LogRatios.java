package dev.perfgate.stats;

/**
 * Per-pair log ratios {@code d_i = ln(current_i / baseline_i)}, the scale on which the gate works.
 *
 * <p>Why logs: a ratio is what a performance change is ("3% slower"), the log makes it additive and
 * symmetric (twice as slow and twice as fast are +ln 2 and -ln 2), and noise that scales with the time
 * becomes roughly constant, so one threshold fits fast and slow commands.
 */
public final class LogRatios {
    private LogRatios() {}

    /**
     * Computes the log ratio of every pair.
     *
     * @param baseline baseline values, positive and finite, one per pair
     * @param current current values, positive and finite, same length
     * @return {@code ln(current[i] / baseline[i])} for every i, all finite
     * @throws IllegalArgumentException when the arrays are null, empty, differ in length, or hold a value
     *         that is not positive and finite (a log ratio of such a value means nothing; callers skip
     *         the metric)
     */
    public static double[] of(double[] baseline, double[] current) {
        if (baseline == null || current == null || baseline.length == 0) {
            throw new IllegalArgumentException("log ratios need at least one pair");
        }
        if (baseline.length != current.length) {
            throw new IllegalArgumentException(
                    "baseline has " + baseline.length + " values but current has " + current.length);
        }
        double[] d = new double[baseline.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = logRatio(baseline[i], current[i], i);
        }
        return d;
    }

    private static double logRatio(double b, double c, int pair) {
        if (!(b > 0.0 && Double.isFinite(b)) || !(c > 0.0 && Double.isFinite(c))) {
            throw new IllegalArgumentException("pair " + pair
                    + ": log ratio needs positive finite values, got baseline " + b + " and current " + c);
        }
        double ratio = c / b;
        if (ratio > 0.0 && Double.isFinite(ratio)) {
            return Math.log(ratio);
        }
        // The quotient overflowed or underflowed; the difference of logs is always finite.
        return Math.log(c) - Math.log(b);
    }
}
