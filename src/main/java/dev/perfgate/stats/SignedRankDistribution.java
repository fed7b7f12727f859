package dev.perfgate.stats;

/**
 * The exact null distribution of the Wilcoxon signed-rank statistic W+ for n untied, non-zero
 * differences: each of the 2^n sign vectors is equally likely, so P(W+ = w) is the number of subsets of
 * {1..n} summing to w, divided by 2^n.
 *
 * <p>Counted by dynamic programming (add the ranks one by one, a subset either takes rank k or not):
 * O(n^3) work. The counts stay below 2^n, so a {@code long} holds them exactly up to
 * {@link #EXACT_MAX_N}; beyond that the normal approximation is accurate anyway.
 */
public final class SignedRankDistribution {
    /** Largest n for which exact probabilities are computed. */
    public static final int EXACT_MAX_N = 50;

    private final int n;
    private final double[] cdf;

    private SignedRankDistribution(int n, double[] cdf) {
        this.n = n;
        this.cdf = cdf;
    }

    /**
     * The distribution for n non-zero, untied differences.
     *
     * @param n between 0 and {@link #EXACT_MAX_N}
     * @return the distribution
     * @throws IllegalArgumentException when n is out of range
     */
    public static SignedRankDistribution of(int n) {
        if (n < 0 || n > EXACT_MAX_N) {
            throw new IllegalArgumentException("exact signed-rank distribution needs 0 <= n <= " + EXACT_MAX_N);
        }
        SignedRankDistribution known = CACHE.get(n);
        if (known == null) {
            known = compute(n);
            CACHE.compareAndSet(n, null, known);
        }
        return known;
    }

    /**
     * Each n's distribution, computed once: a family gate asks for it per metric and per look (500
     * benchmarks, 3 looks), and it is immutable.
     */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<SignedRankDistribution> CACHE =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(EXACT_MAX_N + 1);

    private static SignedRankDistribution compute(int n) {
        int max = n * (n + 1) / 2;
        long[] counts = new long[max + 1];
        counts[0] = 1;
        for (int k = 1; k <= n; k++) {
            int reachable = k * (k + 1) / 2;
            for (int w = reachable; w >= k; w--) {
                counts[w] += counts[w - k];
            }
        }
        double total = Math.scalb(1.0, n);
        double[] cdf = new double[max + 1];
        long running = 0;
        for (int w = 0; w <= max; w++) {
            running += counts[w];
            cdf[w] = running / total;
        }
        return new SignedRankDistribution(n, cdf);
    }

    /** The number of differences. */
    public int n() {
        return n;
    }

    /** The largest value of the statistic, n(n+1)/2. */
    public int maxStatistic() {
        return cdf.length - 1;
    }

    /**
     * P(W+ &lt;= w).
     *
     * @param w any integer; below 0 gives 0, above the maximum gives 1
     * @return the probability
     */
    public double cdf(long w) {
        if (w < 0) {
            return 0.0;
        }
        if (w >= cdf.length) {
            return 1.0;
        }
        return cdf[(int) w];
    }

    /**
     * P(W+ &gt;= w), which by symmetry equals P(W+ &lt;= max - w).
     *
     * @param w any integer
     * @return the probability
     */
    public double upperTail(long w) {
        return cdf(maxStatistic() - w);
    }
}
