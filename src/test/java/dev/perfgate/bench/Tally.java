package dev.perfgate.bench;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.BetaDistribution;

/** Outcomes of the runs of one cell, by rule, with Clopper-Pearson bounds for the rates. */
final class Tally {
    int oursFail;
    int oursPass;
    int oursInconclusive;
    int upstreamFail;
    int total;
    private int[] pairs = new int[64];

    void pairs(int measured) {
        if (total >= pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[total] = measured;
    }

    /** The q-quantile (0.5, 0.9) of the measured pairs per run: the lower order statistic, so "within". */
    int pairsQuantile(double q) {
        int[] sorted = Arrays.copyOf(pairs, total);
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(q * total) - 1)];
    }

    void ours(String status) {
        switch (status) {
            case "fail" -> oursFail++;
            case "pass" -> oursPass++;
            case "inconclusive" -> oursInconclusive++;
            // Every request has a threshold, so "report" would mean the benchmark is misconfigured.
            default -> throw new IllegalStateException("unexpected verdict status " + status);
        }
    }

    double percent(int events) {
        return 100.0 * events / total;
    }

    /** "x.x% [y.y%]": the rate and its Clopper-Pearson one-sided-at-97.5% (two-sided 95%) upper bound. */
    String rate(int events) {
        double upper = events == total
                ? 1.0
                : new BetaDistribution(events + 1, total - events).inverseCumulativeProbability(0.975);
        return String.format(Locale.ROOT, "%5.1f%% [%5.1f%%]", percent(events), 100.0 * upper);
    }
}
