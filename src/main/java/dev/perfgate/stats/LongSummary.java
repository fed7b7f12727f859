package dev.perfgate.stats;

import java.util.Arrays;

/**
 * Summary of integer samples (times in ms or ns, memory in KB), as the v1 receipt reports them.
 *
 * @param median the median; for an even count the floor of the midpoint of the two middle values
 * @param min the smallest value
 * @param max the largest value
 * @param mean the arithmetic mean
 * @param stddev the sample standard deviation (divisor n - 1), 0 for a single value
 */
public record LongSummary(long median, long min, long max, double mean, double stddev) {

    /**
     * Summarises the values.
     *
     * @param values at least one value; not modified
     * @return the summary
     * @throws IllegalArgumentException if {@code values} is null or empty
     */
    public static LongSummary of(long[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("cannot summarise an empty sample");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        long median = n % 2 == 1 ? sorted[n / 2] : floorMidpoint(sorted[n / 2 - 1], sorted[n / 2]);
        Welford welford = new Welford();
        for (long v : values) {
            welford.add(v);
        }
        return new LongSummary(median, sorted[0], sorted[n - 1], welford.mean(), welford.sampleStdDev());
    }

    /**
     * floor((a + b) / 2) without overflowing: the shared bits plus half of the differing bits. The
     * arithmetic shift rounds toward negative infinity, so it is a true floor for negative values too.
     */
    static long floorMidpoint(long a, long b) {
        return (a & b) + ((a ^ b) >> 1);
    }
}
