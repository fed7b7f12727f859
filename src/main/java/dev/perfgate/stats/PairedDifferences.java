package dev.perfgate.stats;

/**
 * Summary of per-pair differences (current minus baseline), as the v1 receipt reports them.
 *
 * @param count number of pairs
 * @param mean mean difference
 * @param median median difference (midpoint for an even count)
 * @param stdDev sample standard deviation (divisor n - 1), 0 for a single pair
 * @param min smallest difference
 * @param max largest difference
 */
public record PairedDifferences(int count, double mean, double median, double stdDev, double min, double max) {

    /**
     * Summarises the differences.
     *
     * @param diffs at least one finite difference; not modified
     * @return the summary
     * @throws IllegalArgumentException if {@code diffs} is null, empty or holds a non-finite value
     */
    public static PairedDifferences of(double[] diffs) {
        DoubleSummary s = DoubleSummary.of(diffs);
        return new PairedDifferences(diffs.length, s.mean(), s.median(), s.stddev(), s.min(), s.max());
    }
}
