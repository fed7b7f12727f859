package dev.perfgate.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Mid-ranks with ties, as rank tests need them. */
final class Ranks {
    private final double[] ranks;
    private final double tieTerm;
    private final boolean ties;

    private Ranks(double[] ranks, double tieTerm, boolean ties) {
        this.ranks = ranks;
        this.tieTerm = tieTerm;
        this.ties = ties;
    }

    /** Ranks 1..n of the values; tied values share the mean of the ranks they span. */
    static Ranks of(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        double tieTerm = 0.0;
        boolean ties = false;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1.0;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = midRank;
            }
            double t = j - i + 1;
            if (t > 1) {
                ties = true;
                tieTerm += t * t * t - t;
            }
            i = j + 1;
        }
        return new Ranks(ranks, tieTerm, ties);
    }

    double[] ranks() {
        return ranks;
    }

    /** Sum over tie groups of t^3 - t, the quantity the tie corrections of rank statistics use. */
    double tieTerm() {
        return tieTerm;
    }

    boolean hasTies() {
        return ties;
    }
}
