package dev.perfgate.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Minimum detectable effect: the smallest true shift of the log ratios that a two-sided test at level
 * alpha would detect with 80% power, given n pairs with standard deviation s:
 *
 * <pre>MDE = (t_{1-alpha/2, n-1} + t_{0.80, n-1}) * s / sqrt(n)</pre>
 *
 * <p>This is the usual t-approximation (it ignores the non-centrality of the t distribution, and treats
 * the rank-based interval as if it were a t interval, whose efficiency it nearly matches for normal
 * noise). It answers "what change could this run see?", a planning figure reported beside the verdict;
 * it is no condition on the verdict, which rests on the observed interval alone.
 */
public final class MinimumDetectableEffect {
    /** The power the minimum detectable effect refers to. */
    public static final double POWER = 0.80;
    /** Beyond this many pairs a planning estimate is not useful; reported as "not estimable". */
    static final int MAX_PLANNED_PAIRS = 10_000_000;

    private MinimumDetectableEffect() {}

    /**
     * The minimum detectable effect in log units.
     *
     * @param sd standard deviation of the log ratios, finite and non-negative
     * @param n number of pairs
     * @param alpha two-sided level, in (0, 1)
     * @return the effect, or null when n &lt; 2 (no variance estimate: the MDE is unbounded)
     */
    public static Double logUnits(double sd, int n, double alpha) {
        PairedTTest.requireAlpha(alpha);
        if (n < 2 || !Double.isFinite(sd) || sd < 0.0) {
            return null;
        }
        return multiplier(n, alpha) * sd / Math.sqrt(n);
    }

    /**
     * The fewest pairs whose minimum detectable effect is at most {@code effectLog}.
     *
     * @param sd standard deviation of the log ratios
     * @param effectLog the effect to detect, in log units, positive
     * @param alpha two-sided level, in (0, 1)
     * @return the number of pairs (at least 2), or null when not estimable (no spread known, no effect,
     *         or more than ten million pairs)
     */
    public static Integer pairsFor(double sd, double effectLog, double alpha) {
        PairedTTest.requireAlpha(alpha);
        if (!(sd > 0.0) || !(effectLog > 0.0) || !Double.isFinite(sd) || !Double.isFinite(effectLog)) {
            return null;
        }
        // The MDE falls monotonically with n: bisect between 2 and the cap.
        int lo = 2;
        int hi = MAX_PLANNED_PAIRS;
        if (multiplier(hi, alpha) * sd / Math.sqrt(hi) > effectLog) {
            return null;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (multiplier(mid, alpha) * sd / Math.sqrt(mid) <= effectLog) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static double multiplier(int n, double alpha) {
        TDistribution t = new TDistribution(null, n - 1);
        return t.inverseCumulativeProbability(1.0 - alpha / 2.0) + t.inverseCumulativeProbability(POWER);
    }
}
