package dev.perfgate.stats;

/**
 * Running mean and sample variance by Welford's method.
 *
 * <p>Why not {@code sum / n} and {@code sum of squares}: for large values with a small spread (times in
 * nanoseconds, say 10^9 ± 10^3) the textbook formula cancels catastrophically; Welford's update stays
 * accurate.
 */
final class Welford {
    private long count;
    private double mean;
    private double m2;

    void add(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
    }

    double mean() {
        return mean;
    }

    /** Sample standard deviation (divisor n - 1); 0 for a single value, where it is undefined. */
    double sampleStdDev() {
        if (count < 2) {
            return 0.0;
        }
        return Math.sqrt(Math.max(0.0, m2 / (count - 1)));
    }
}
