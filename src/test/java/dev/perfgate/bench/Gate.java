package dev.perfgate.bench;

import dev.perfgate.paired.config.PairOrder;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.stats.AlphaSpending;
import java.util.List;

/**
 * The gate configuration of one table cell, as a request to the use case.
 *
 * @param label        the design's name in the tables
 * @param repeat       {@code repeat}, or null (sequential from the fewest pairs that can decide)
 * @param sequential   {@code requireSignificance}
 * @param maxPairs     the pair budget
 * @param alpha        {@code significanceAlpha}
 * @param spending     how the looks share alpha
 * @param thresholdPct {@code failOnRegression}, in percent
 * @param upstreamPairs pairs upstream's rule judges (its fixed {@code repeat}, no retries)
 */
record Gate(
        String label,
        Integer repeat,
        boolean sequential,
        int maxPairs,
        double alpha,
        AlphaSpending spending,
        double thresholdPct,
        int upstreamPairs) {

    /** The plugin's defaults: only a threshold and, where the cell says so, another pair budget. */
    static Gate sequential(int maxPairs, double thresholdPct) {
        return new Gate("sequential", null, true, maxPairs, 0.05, AlphaSpending.DEFAULT, thresholdPct, maxPairs);
    }

    /**
     * The plugin's first, unreleased fixed design: {@code pairs} pairs, one look at a 95% interval (its FAIL
     * rule is unchanged; its PASS rule also asked for a minimum detectable effect under the threshold, so only
     * FAIL is comparable).
     */
    static Gate fixed95(int pairs, double thresholdPct) {
        return new Gate("fixed 95%", pairs, false, pairs, 0.025, AlphaSpending.DEFAULT, thresholdPct, pairs);
    }

    Gate withSpending(AlphaSpending value) {
        return new Gate(value.configName(), repeat, sequential, maxPairs, alpha, value, thresholdPct, upstreamPairs);
    }

    PairedRunRequest request(PairOrder order, long seed) {
        return PairedRunRequest.builder()
                .name("sim")
                .baselineCommand(List.of("true"))
                .currentCommand(List.of("true"))
                .repeat(repeat)
                .requireSignificance(sequential)
                .maxPairs(maxPairs)
                .maxDuration(null)
                .significanceAlpha(alpha)
                .alphaSpending(spending)
                .warmup(0) // LognormalRunner tells positions apart by counting calls, pair by pair
                .threshold("wall_time", thresholdPct)
                .order(order)
                .seed(seed)
                .build();
    }
}
