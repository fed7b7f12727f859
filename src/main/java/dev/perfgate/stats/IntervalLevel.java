package dev.perfgate.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The smallest two-sided level at which the {@link HodgesLehmann} interval of some log ratios lies wholly
 * above 0 (or wholly below it): the p-value of the FAIL half of {@link VerdictRule}, in the interval's own
 * terms, so that "FAIL at level a" is {@code levelAboveZero(d) < a} exactly when the interval at level a
 * has a lower bound above 0 and reaches its confidence. Holm's step-down ({@link FamilyGate}) needs such a
 * figure to order the metrics of a family.
 *
 * <p>Derivation (exact case): the interval at level a is [W_(C+1), W_(M−C)] with C the largest c where
 * P(W+ &le; c) &lt; a/2. Its lower bound is above 0 iff at most C Walsh averages are &le; 0, that is iff
 * Z = #{W &le; 0} satisfies P(W+ &le; Z) &lt; a/2. So the level is 2 P(W+ &le; Z), plus the same rounding
 * allowance {@link HodgesLehmann} grants. Beyond {@link SignedRankDistribution#EXACT_MAX_N} pairs the same
 * inversion of the normal approximation gives 2 Φ((Z + ½ − M/2) / σ).
 */
public final class IntervalLevel {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);
    private static final double FUZZ = 10 * Math.ulp(1.0);

    private IntervalLevel() {}

    /**
     * The two-sided level from which on the interval lies above 0; at least the smallest level n pairs can
     * reach, at most 1.
     *
     * @param logRatios per-pair log ratios, at least one, finite
     */
    public static double aboveZero(double[] logRatios) {
        double[] sorted = Samples.sortedFiniteCopy(logRatios);
        int n = sorted.length;
        long atMostZero = new WalshAverages(sorted).countAtMost(0.0);
        if (n <= SignedRankDistribution.EXACT_MAX_N) {
            return Math.min(1.0, 2.0 * SignedRankDistribution.of(n).cdf(atMostZero) + 2.0 * FUZZ);
        }
        double m = n * (n + 1.0) / 2.0;
        double sd = Math.sqrt(n * (n + 1.0) * (2.0 * n + 1.0) / 24.0);
        return Math.min(1.0, 2.0 * STANDARD_NORMAL.cumulativeProbability((atMostZero + 0.5 - m / 2.0) / sd));
    }

    /** The same for the interval lying wholly below 0 (an improvement proven). */
    public static double belowZero(double[] logRatios) {
        double[] negated = new double[logRatios.length];
        for (int i = 0; i < negated.length; i++) {
            negated[i] = -logRatios[i];
        }
        return aboveZero(negated);
    }
}
