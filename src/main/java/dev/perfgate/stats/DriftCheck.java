package dev.perfgate.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Whether the per-pair changes trend over the run (the machine warming up, a neighbour starting a job):
 * a trend means the pairs are not exchangeable and the interval is less trustworthy than it claims.
 *
 * <p>Rule: Spearman's rank correlation rho of d_i with the pair index i (mid-ranks for ties), tested with
 * the t-approximation t = rho sqrt((n-2)/(1-rho^2)) on n-2 degrees of freedom. Drift is flagged when
 * n &gt;= {@link #MIN_PAIRS} and the two-sided p-value is below alpha. Below 6 pairs a rank correlation
 * says nothing reliable, so no p-value is reported.
 *
 * @param spearmanRho the rank correlation, 0 when the log ratios are all equal
 * @param pValue two-sided p-value, or null below {@link #MIN_PAIRS} pairs
 * @param drifting whether drift is flagged
 */
public record DriftCheck(double spearmanRho, Double pValue, boolean drifting) {

    /** Fewest pairs for which drift is tested. */
    public static final int MIN_PAIRS = 6;

    /**
     * Checks the log ratios, given in execution order.
     *
     * @param logRatios per-pair log ratios in the order the pairs ran
     * @param alpha two-sided level of the drift test
     * @return the check
     */
    public static DriftCheck of(double[] logRatios, double alpha) {
        PairedTTest.requireAlpha(alpha);
        Samples.requireFinite(logRatios);
        int n = logRatios.length;
        double rho = spearman(logRatios);
        if (n < MIN_PAIRS) {
            return new DriftCheck(rho, null, false);
        }
        double p;
        if (Math.abs(rho) >= 1.0) {
            p = 0.0;
        } else {
            double t = rho * Math.sqrt((n - 2) / (1.0 - rho * rho));
            p = PairedTTest.clampProbability(2.0 * new TDistribution(null, n - 2).cumulativeProbability(-Math.abs(t)));
        }
        return new DriftCheck(rho, p, p < alpha);
    }

    /** Pearson correlation of the mid-ranks of d with the indices 1..n (which have no ties). */
    private static double spearman(double[] d) {
        int n = d.length;
        if (n < 2) {
            return 0.0;
        }
        double[] r = Ranks.of(d).ranks();
        double meanRank = (n + 1) / 2.0;
        double sxy = 0.0;
        double sxx = 0.0;
        double syy = 0.0;
        for (int i = 0; i < n; i++) {
            double x = (i + 1) - meanRank;
            double y = r[i] - meanRank;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        if (syy == 0.0) {
            return 0.0; // all log ratios equal: no trend
        }
        double rho = sxy / Math.sqrt(sxx * syy);
        return Math.max(-1.0, Math.min(1.0, rho));
    }
}
