package dev.perfgate.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilcoxon signed-rank test of "the differences are symmetric around 0".
 *
 * <p>Our own implementation, because Commons Math's {@code WilcoxonSignedRankTest} counts zero
 * differences as negative, has no tie correction and a wrong continuity correction. Conventions (the
 * same as R's {@code wilcox.test}, so results can be checked there):
 * <ul>
 *   <li>Zero differences are dropped (Wilcoxon's convention) and n is the number of non-zero ones: a
 *       pair that did not change carries no information about the direction of a change.</li>
 *   <li>Tied absolute differences share their mid-rank.</li>
 *   <li>Exact null distribution when there are no ties and n &lt;= {@link SignedRankDistribution#EXACT_MAX_N};
 *       otherwise the normal approximation with tie-corrected variance
 *       n(n+1)(2n+1)/24 - sum(t^3 - t)/48 and a continuity correction of 0.5 toward the mean.</li>
 * </ul>
 */
public final class WilcoxonSignedRank {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private WilcoxonSignedRank() {}

    /**
     * Result of the test. Every double is finite.
     *
     * @param n number of non-zero differences the statistic is built from
     * @param zeros number of zero differences dropped
     * @param statistic W+, the sum of the ranks of the positive differences (R's V)
     * @param pTwoSided two-sided p-value
     * @param pGreater one-sided p-value for "shifted above 0" (current slower)
     * @param pLess one-sided p-value for "shifted below 0" (current faster)
     * @param exact true when the p-values come from the exact distribution
     */
    public record WilcoxonResult(
            int n, int zeros, double statistic, double pTwoSided, double pGreater, double pLess, boolean exact) {}

    /**
     * Runs the test. When every difference is zero there is no evidence either way: n = 0, W+ = 0 and
     * all p-values are 1.
     *
     * @param diffs per-pair differences, at least one, all finite
     * @return the result
     * @throws IllegalArgumentException for empty or non-finite input
     */
    public static WilcoxonResult test(double[] diffs) {
        Samples.requireFinite(diffs);
        int zeros = 0;
        for (double d : diffs) {
            if (d == 0.0) {
                zeros++;
            }
        }
        int n = diffs.length - zeros;
        if (n == 0) {
            return new WilcoxonResult(0, zeros, 0.0, 1.0, 1.0, 1.0, true);
        }
        double[] nonZero = new double[n];
        double[] magnitudes = new double[n];
        int k = 0;
        for (double d : diffs) {
            if (d != 0.0) {
                nonZero[k] = d;
                magnitudes[k] = Math.abs(d);
                k++;
            }
        }
        Ranks ranks = Ranks.of(magnitudes);
        double statistic = 0.0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                statistic += ranks.ranks()[i];
            }
        }
        if (!ranks.hasTies() && n <= SignedRankDistribution.EXACT_MAX_N) {
            return exact(n, zeros, statistic);
        }
        return normal(n, zeros, statistic, ranks.tieTerm());
    }

    private static WilcoxonResult exact(int n, int zeros, double statistic) {
        SignedRankDistribution dist = SignedRankDistribution.of(n);
        long w = Math.round(statistic); // untied ranks are integers, so W+ is too
        double pLess = dist.cdf(w);
        double pGreater = dist.upperTail(w);
        // Double the tail on the side the statistic fell, as R does.
        double tail = w > n * (n + 1) / 4.0 ? pGreater : pLess;
        return new WilcoxonResult(n, zeros, statistic, Math.min(1.0, 2.0 * tail), pGreater, pLess, true);
    }

    private static WilcoxonResult normal(int n, int zeros, double statistic, double tieTerm) {
        double mean = n * (n + 1.0) / 4.0;
        double variance = n * (n + 1.0) * (2.0 * n + 1.0) / 24.0 - tieTerm / 48.0;
        if (!(variance > 0.0)) {
            // Cannot happen for n >= 1, but a zero variance must not become a NaN p-value.
            return new WilcoxonResult(n, zeros, statistic, 1.0, 1.0, 1.0, false);
        }
        double sd = Math.sqrt(variance);
        double centred = statistic - mean;
        double zGreater = (centred - 0.5) / sd;
        double zLess = (centred + 0.5) / sd;
        double pGreater = STANDARD_NORMAL.cumulativeProbability(-zGreater);
        double pLess = STANDARD_NORMAL.cumulativeProbability(zLess);
        double zTwo = (centred - Math.signum(centred) * 0.5) / sd;
        double pTwo = 2.0 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(zTwo));
        return new WilcoxonResult(
                n,
                zeros,
                statistic,
                PairedTTest.clampProbability(pTwo),
                PairedTTest.clampProbability(pGreater),
                PairedTTest.clampProbability(pLess),
                false);
    }
}
