package dev.perfgate.stats;

import java.util.Arrays;

/** Slow, obviously-correct reference computations the fast code is checked against. */
final class BruteForce {
    private BruteForce() {}

    /** All n(n+1)/2 Walsh averages, sorted, computed the same way as the production code. */
    static double[] walshAverages(double[] d) {
        int n = d.length;
        double[] w = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                w[k++] = (d[i] + d[j]) * 0.5;
            }
        }
        Arrays.sort(w);
        return w;
    }

    static double median(double[] sorted) {
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : sorted[m / 2 - 1] + (sorted[m / 2] - sorted[m / 2 - 1]) / 2.0;
    }

    /** P(W+ <= w) for w = 0..n(n+1)/2 by enumerating all 2^n sign vectors of ranks 1..n. */
    static double[] signedRankCdfByEnumeration(int n) {
        int max = n * (n + 1) / 2;
        long[] counts = new long[max + 1];
        for (long signs = 0; signs < (1L << n); signs++) {
            int w = 0;
            for (int r = 1; r <= n; r++) {
                if ((signs & (1L << (r - 1))) != 0) {
                    w += r;
                }
            }
            counts[w]++;
        }
        double[] cdf = new double[max + 1];
        long running = 0;
        for (int w = 0; w <= max; w++) {
            running += counts[w];
            cdf[w] = running / Math.pow(2, n);
        }
        return cdf;
    }

    /** Largest C with P(W+ <= C) < alpha/2, or 0 when even C = 0 is too likely (R's clamp). */
    static int criticalValue(double[] cdf, double alpha) {
        int c = -1;
        while (c + 1 < cdf.length && cdf[c + 1] < alpha / 2) {
            c++;
        }
        return Math.max(c, 0);
    }

    /** P(W+ <= w) by a dynamic programme over probabilities (each rank in or out with chance 1/2); any n. */
    static double[] signedRankCdfByProbabilityDp(int n) {
        int max = n * (n + 1) / 2;
        double[] p = new double[max + 1];
        p[0] = 1.0;
        for (int r = 1; r <= n; r++) {
            double[] next = new double[max + 1];
            for (int w = 0; w <= max; w++) {
                if (p[w] != 0.0) {
                    next[w] += p[w] / 2;
                    next[w + r] += p[w] / 2;
                }
            }
            p = next;
        }
        double[] cdf = new double[max + 1];
        double running = 0;
        for (int w = 0; w <= max; w++) {
            running += p[w];
            cdf[w] = running;
        }
        return cdf;
    }
}
