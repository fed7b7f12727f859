package dev.perfgate.stats;

/**
 * Order statistics of the Walsh averages (d_i + d_j) / 2, i &lt;= j, without building all n(n+1)/2 of
 * them: at 100,000 pairs that would be 5 * 10^9 values.
 *
 * <p>Selection by bisection on the value: over sorted d the number of Walsh averages &lt;= v is counted
 * with two pointers in O(n) (for a fixed i the averages grow with j), and bisecting over the ordered bit
 * patterns of doubles finds the exact k-th smallest in at most 64 steps. O(n log n) for the sort plus
 * O(64 n) per order statistic, memory linear in n. The averages are computed as {@code (a + b) * 0.5}
 * both here and in any brute-force check, and floating-point addition is monotone, so the result is
 * bit-identical to sorting all of them.
 */
final class WalshAverages {
    private final double[] sorted;

    WalshAverages(double[] sortedValues) {
        this.sorted = sortedValues;
    }

    /** Total number of Walsh averages, n(n+1)/2. */
    long count() {
        long n = sorted.length;
        return n * (n + 1) / 2;
    }

    static double average(double a, double b) {
        return (a + b) * 0.5;
    }

    /** Number of Walsh averages &lt;= v. */
    long countAtMost(double v) {
        int n = sorted.length;
        long count = 0;
        int j = n - 1;
        for (int i = 0; i < n; i++) {
            while (j >= i && average(sorted[i], sorted[j]) > v) {
                j--;
            }
            if (j < i) {
                break;
            }
            count += j - i + 1;
        }
        return count;
    }

    /**
     * The k-th smallest Walsh average, 1-based.
     *
     * @param k between 1 and {@link #count()}
     */
    double kth(long k) {
        if (k < 1 || k > count()) {
            throw new IllegalArgumentException("k=" + k + " outside 1.." + count());
        }
        // Every Walsh average lies in [min, max]; find the smallest double v with countAtMost(v) >= k.
        long lo = orderedBits(sorted[0]);
        long hi = orderedBits(sorted[sorted.length - 1]);
        while (lo < hi) {
            long mid = LongSummary.floorMidpoint(lo, hi); // hi - lo may overflow when the range spans 0
            if (countAtMost(fromOrderedBits(mid)) >= k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return fromOrderedBits(lo) + 0.0; // + 0.0 turns a -0.0 into 0.0
    }

    /** Maps doubles to longs so that the long order is the numeric order (-0.0 just below 0.0). */
    private static long orderedBits(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static double fromOrderedBits(long ordered) {
        long bits = ordered ^ ((ordered >> 63) & Long.MAX_VALUE);
        return Double.longBitsToDouble(bits);
    }
}
