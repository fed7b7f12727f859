package dev.perfgate.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Hodges-Lehmann estimate of the shift of paired differences (the median of the Walsh averages) with the
 * distribution-free confidence interval that inverts the Wilcoxon signed-rank test.
 *
 * <p>With M = n(n+1)/2 sorted Walsh averages W_(1) &lt;= ... &lt;= W_(M) and C the largest value with
 * P(W+ &lt;= C) &lt; alpha/2, the interval is [W_(C+1), W_(M-C)] and its confidence is exactly
 * 1 - 2 P(W+ &lt;= C) for continuous data. This is R's {@code wilcox.test(d, conf.int = TRUE,
 * conf.level = 1 - alpha)} in the exact case.
 *
 * <p>Choices:
 * <ul>
 *   <li>All n differences are used, zeros included: the interval is about every possible shift, and at a
 *       shift other than 0 a zero difference is an ordinary value.</li>
 *   <li>C comes from the exact distribution for n &lt;= {@link SignedRankDistribution#EXACT_MAX_N}, ties or
 *       not: with tied data the closed interval covers at least as often as for continuous data, so the
 *       exact critical value stays valid (conservative), while a normal approximation at small n could
 *       claim more than it has. Beyond that, the normal approximation with continuity correction:
 *       C = floor(M/2 - 1/2 - z_{1-alpha/2} sqrt(n(n+1)(2n+1)/24)).</li>
 *   <li>Too few pairs to reach the requested confidence (e.g. n &lt;= 5 at alpha = 0.05, since even
 *       C = 0 has P(W+ &lt;= 0) = 2^-n &gt; alpha/2): the interval widens to the full range [W_(1), W_(M)] and
 *       the achieved confidence 1 - 2^(1-n) is reported, never the requested one.
 *       {@link HodgesLehmannResult#confidenceAchieved()} tells callers not to decide on it.</li>
 * </ul>
 */
public final class HodgesLehmann {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);
    /** R's qsignrank subtracts 10 machine epsilons so a tail equal to alpha/2 up to rounding counts as reached. */
    private static final double FUZZ = 10 * Math.ulp(1.0);

    private HodgesLehmann() {}

    /**
     * Estimate and interval.
     *
     * @param n number of differences
     * @param estimate median of the Walsh averages
     * @param lower lower bound of the interval
     * @param upper upper bound of the interval
     * @param requestedConfidence 1 - alpha
     * @param achievedConfidence the interval's actual confidence, 1 - 2 P(W+ &lt;= C); below the requested one
     *        when n is too small
     * @param criticalValue C: the interval drops the C smallest and the C largest Walsh averages
     * @param exact whether C and the achieved confidence come from the exact distribution
     */
    public record HodgesLehmannResult(
            int n,
            double estimate,
            double lower,
            double upper,
            double requestedConfidence,
            double achievedConfidence,
            long criticalValue,
            boolean exact) {

        /**
         * Whether the interval reaches the requested confidence (up to rounding).
         *
         * @return false when too few pairs forced a wider, less confident interval
         */
        public boolean confidenceAchieved() {
            return achievedConfidence >= requestedConfidence - 1e-9;
        }
    }

    /**
     * Computes the estimate and its interval in O(n log n) time and O(n) memory.
     *
     * @param diffs per-pair differences, at least one, all finite
     * @param alpha two-sided level, in (0, 1); the interval aims at confidence 1 - alpha
     * @return the result
     * @throws IllegalArgumentException for empty or non-finite input or alpha outside (0, 1)
     */
    public static HodgesLehmannResult estimate(double[] diffs, double alpha) {
        PairedTTest.requireAlpha(alpha);
        double[] sorted = Samples.sortedFiniteCopy(diffs);
        int n = sorted.length;
        WalshAverages walsh = new WalshAverages(sorted);
        long m = walsh.count();
        double estimate = m % 2 == 1 ? walsh.kth((m + 1) / 2) : midpoint(walsh.kth(m / 2), walsh.kth(m / 2 + 1));

        boolean exact = n <= SignedRankDistribution.EXACT_MAX_N;
        long c;
        double lowerTail;
        if (exact) {
            SignedRankDistribution dist = SignedRankDistribution.of(n);
            c = 0;
            while (dist.cdf(c) < alpha / 2.0 - FUZZ) {
                c++;
            }
            c = Math.max(0, c - 1); // largest C with P(W+ <= C) < alpha/2, or 0 when none exists
            lowerTail = dist.cdf(c);
        } else {
            double mean = m / 2.0;
            double sd = Math.sqrt(n * (n + 1.0) * (2.0 * n + 1.0) / 24.0);
            double z = STANDARD_NORMAL.inverseCumulativeProbability(1.0 - alpha / 2.0);
            c = Math.max(0, (long) Math.floor(mean - 0.5 - z * sd));
            lowerTail = STANDARD_NORMAL.cumulativeProbability((c + 0.5 - mean) / sd);
        }
        double lower = walsh.kth(c + 1);
        double upper = walsh.kth(m - c);
        double achieved = Math.max(0.0, 1.0 - 2.0 * lowerTail);
        return new HodgesLehmannResult(n, estimate, lower, upper, 1.0 - alpha, achieved, c, exact);
    }

    /**
     * The fewest pairs whose exact interval can reach confidence 1 - alpha: the smallest n with
     * 2^(1-n) &lt;= alpha (6 at alpha = 0.05, 8 at 0.0125).
     *
     * @param alpha two-sided level, in (0, 1)
     * @return the number of pairs
     */
    public static int minimumPairs(double alpha) {
        PairedTTest.requireAlpha(alpha);
        int n = 1;
        while (Math.scalb(1.0, 1 - n) > alpha * (1 + 1e-12)) {
            n++;
        }
        return n;
    }

    private static double midpoint(double a, double b) {
        return a + (b - a) / 2.0;
    }
}
