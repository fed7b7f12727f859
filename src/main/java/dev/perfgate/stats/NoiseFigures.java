package dev.perfgate.stats;

/**
 * How noisy the measurements were, in robust terms that a few wild runs do not distort.
 *
 * <p>1.4826 * MAD estimates the standard deviation for normal data while ignoring outliers. For log
 * ratios it is already relative (a spread of 0.02 is about 2%); for raw values it is divided by the
 * median to become a coefficient of variation.
 *
 * @param logRatioRobustCvPct 100 * 1.4826 * MAD of the log ratios: the pair-to-pair noise of the change
 * @param baselineRobustCvPct 100 * 1.4826 * MAD / median of the baseline values
 * @param currentRobustCvPct 100 * 1.4826 * MAD / median of the current values
 * @param outliers number of log ratios outside the Tukey fences; counted, not removed (the rank-based
 *        estimate already resists them, and removing data would bias the interval)
 * @param lowerFence Q1 - 1.5 IQR of the log ratios (quartiles by linear interpolation, R's type 7)
 * @param upperFence Q3 + 1.5 IQR of the log ratios
 */
public record NoiseFigures(
        double logRatioRobustCvPct,
        double baselineRobustCvPct,
        double currentRobustCvPct,
        int outliers,
        double lowerFence,
        double upperFence) {

    /** Consistency constant that makes the MAD estimate the standard deviation for normal data. */
    public static final double MAD_TO_SD = 1.4826;

    /**
     * Computes the figures.
     *
     * @param logRatios per-pair log ratios, finite
     * @param baseline baseline values, positive
     * @param current current values, positive
     * @return the figures, all finite
     */
    public static NoiseFigures of(double[] logRatios, double[] baseline, double[] current) {
        double[] sorted = Samples.sortedFiniteCopy(logRatios);
        double q1 = Samples.quantileOfSorted(sorted, 0.25);
        double q3 = Samples.quantileOfSorted(sorted, 0.75);
        double iqr = q3 - q1;
        double lowerFence = q1 - 1.5 * iqr;
        double upperFence = q3 + 1.5 * iqr;
        int outliers = 0;
        for (double d : logRatios) {
            if (d < lowerFence || d > upperFence) {
                outliers++;
            }
        }
        return new NoiseFigures(
                100.0 * robustSd(logRatios),
                robustCvPct(baseline),
                robustCvPct(current),
                outliers,
                lowerFence,
                upperFence);
    }

    /** 1.4826 times the median absolute deviation from the median. */
    static double robustSd(double[] values) {
        double median = Samples.median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return MAD_TO_SD * Samples.median(deviations);
    }

    private static double robustCvPct(double[] values) {
        double median = Samples.median(values);
        return median > 0.0 ? 100.0 * robustSd(values) / median : 0.0;
    }
}
