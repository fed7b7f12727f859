package dev.perfgate.paired;

import dev.perfgate.paired.gate.PairTimes;
import dev.perfgate.receipt.PairedSample;
import java.time.Duration;
import java.util.List;

/**
 * {@code maxDuration}: what it counts is the summed wall time of every run so far, warmups included —
 * the figures the receipt records, so the same samples always give the same decision, and the plugin's
 * own overhead (a few milliseconds a run) and Maven's start-up do not count. A look is only started when,
 * at the average pair time so far, its pairs would end within the budget, so a run always ends at a
 * planned look.
 */
final class TimeBudget {

    private final Duration limit;

    /** @param limit the budget, or {@code null} for none */
    TimeBudget(Duration limit) {
        this.limit = limit;
    }

    /** Whether {@code morePairs} more pairs would likely end beyond the budget. */
    boolean wouldExceed(List<PairedSample> samples, int morePairs) {
        if (limit == null) {
            return false;
        }
        double projected = PairTimes.elapsedNanos(samples) + morePairs * PairTimes.nanosPerPair(samples);
        return projected > limit.toNanos();
    }
}
