package dev.perfgate.stats;

import java.util.Arrays;

/** Small helpers over double arrays shared by the summaries and the robust analysis. */
final class Samples {
    private Samples() {}

    /** A sorted copy, after checking the input is non-empty and finite (NaN would poison every sort). */
    static double[] sortedFiniteCopy(double[] values) {
        requireFinite(values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    static void requireFinite(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("cannot summarise an empty sample");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("sample contains a non-finite value: " + v);
            }
        }
    }

    /** Median of an already sorted, non-empty array; midpoint of the two middle values for an even count. */
    static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        double a = sorted[n / 2 - 1];
        double b = sorted[n / 2];
        // a + (b - a) / 2 cannot overflow for finite a <= b of the same sign; mixed signs cannot overflow either.
        return a + (b - a) / 2.0;
    }

    static double median(double[] values) {
        return medianOfSorted(sortedFiniteCopy(values));
    }

    /**
     * Quantile by linear interpolation between order statistics (R's default, type 7), so quartiles agree
     * with what users get from R or NumPy.
     */
    static double quantileOfSorted(double[] sorted, double p) {
        int n = sorted.length;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
