package dev.perfgate.stats;

/**
 * Summary of real-valued samples.
 *
 * @param median the median; for an even count the midpoint of the two middle values
 * @param min the smallest value
 * @param max the largest value
 * @param mean the arithmetic mean
 * @param stddev the sample standard deviation (divisor n - 1), 0 for a single value
 */
public record DoubleSummary(double median, double min, double max, double mean, double stddev) {

    /**
     * Summarises the values.
     *
     * @param values at least one finite value; not modified
     * @return the summary
     * @throws IllegalArgumentException if {@code values} is null, empty or holds a non-finite value
     */
    public static DoubleSummary of(double[] values) {
        double[] sorted = Samples.sortedFiniteCopy(values);
        Welford welford = new Welford();
        for (double v : values) {
            welford.add(v);
        }
        return new DoubleSummary(
                Samples.medianOfSorted(sorted),
                sorted[0],
                sorted[sorted.length - 1],
                welford.mean(),
                welford.sampleStdDev());
    }
}
