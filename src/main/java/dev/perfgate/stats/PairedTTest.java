package dev.perfgate.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Paired Student-t test on per-pair differences: a confidence interval for the mean difference and
 * the two-sided p-value of "mean difference is 0".
 *
 * <p>Unlike the Rust original (fixed t = 2.0 and a population SD), the interval uses the Student-t
 * quantile with n - 1 degrees of freedom and the sample SD, so its coverage is the one it claims.
 */
public final class PairedTTest {
    private PairedTTest() {}

    /**
     * Result of a paired t-test. Every double is finite.
     *
     * @param n number of differences
     * @param mean mean difference
     * @param standardError s / sqrt(n) with the sample SD s; 0 when n &lt; 2
     * @param ciLower lower bound of the (1 - alpha) interval for the mean
     * @param ciUpper upper bound of the (1 - alpha) interval for the mean
     * @param pValue two-sided p-value, or null when n &lt; 2 (no variance estimate, no test)
     * @param alpha the two-sided significance level used
     * @param confidenceLevel 1 - alpha
     */
    public record PairedTResult(
            int n,
            double mean,
            double standardError,
            double ciLower,
            double ciUpper,
            Double pValue,
            double alpha,
            double confidenceLevel) {

        /**
         * Whether the mean difference is significantly different from 0.
         *
         * @param minSamples the fewest pairs the caller accepts as evidence
         * @return true when n &gt;= minSamples and the p-value exists and is below alpha
         */
        public boolean significant(int minSamples) {
            return n >= minSamples && pValue != null && pValue < alpha;
        }
    }

    /**
     * Runs the test.
     *
     * <p>Edge cases, chosen so that no output is NaN or infinite:
     * <ul>
     *   <li>n &lt; 2: no variance estimate, so pValue is null and the interval is [mean, mean].</li>
     *   <li>all differences equal (s = 0): the interval is [mean, mean]; pValue is 1.0 when the mean is 0
     *       (nothing changed) and 0.0 otherwise (a perfectly consistent change, the limit of t → ∞).</li>
     * </ul>
     *
     * @param diffs per-pair differences, at least one, all finite
     * @param alpha two-sided significance level, in (0, 1)
     * @return the result
     * @throws IllegalArgumentException for empty or non-finite input or alpha outside (0, 1)
     */
    public static PairedTResult test(double[] diffs, double alpha) {
        requireAlpha(alpha);
        DoubleSummary summary = DoubleSummary.of(diffs);
        int n = diffs.length;
        double mean = summary.mean();
        double confidence = 1.0 - alpha;
        if (n < 2) {
            return new PairedTResult(n, mean, 0.0, mean, mean, null, alpha, confidence);
        }
        double se = summary.stddev() / Math.sqrt(n);
        if (se == 0.0 || !Double.isFinite(se)) {
            double p = mean == 0.0 ? 1.0 : 0.0;
            return new PairedTResult(n, mean, 0.0, mean, mean, p, alpha, confidence);
        }
        TDistribution t = new TDistribution(null, n - 1);
        double halfWidth = t.inverseCumulativeProbability(1.0 - alpha / 2.0) * se;
        // 2 * P(T <= -|t|) rather than 2 * (1 - P(T <= |t|)): no cancellation for tiny p-values.
        double p = 2.0 * t.cumulativeProbability(-Math.abs(mean / se));
        return new PairedTResult(
                n, mean, se, mean - halfWidth, mean + halfWidth, clampProbability(p), alpha, confidence);
    }

    static void requireAlpha(double alpha) {
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
    }

    static double clampProbability(double p) {
        if (Double.isNaN(p)) {
            return 1.0;
        }
        return Math.min(1.0, Math.max(0.0, p));
    }
}
