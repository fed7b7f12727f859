package dev.perfgate.bench;

import dev.perfgate.paired.PairOrder;
import dev.perfgate.paired.PairedRunRequest;
import java.util.List;

/**
 * The gate configuration of one table cell, as a request to the use case. Retries need
 * {@code requireSignificance}, as in the plugin; the use case then spends alpha over the planned looks.
 *
 * @param pairs        {@code repeat}: measured pairs before any retry
 * @param retries      {@code maxRetries}
 * @param thresholdPct {@code failOnRegression}, in percent
 */
record Gate(int pairs, int retries, double thresholdPct) {

    PairedRunRequest request(PairOrder order, long seed) {
        return PairedRunRequest.builder()
                .name("sim")
                .baselineCommand(List.of("true"))
                .currentCommand(List.of("true"))
                .repeat(pairs)
                .warmup(0) // LognormalRunner tells positions apart by counting calls, pair by pair
                .requireSignificance(retries > 0)
                .maxRetries(retries)
                .failOnRegression(thresholdPct)
                .order(order)
                .seed(seed)
                .build();
    }
}
