package dev.perfgate.paired;

import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects why measured runs failed, in the Rust tool's wording ("pair N baseline exit C",
 * "pair N current timed out"). {@code allowNonzero} excuses exit codes only, never timeouts.
 */
final class RunFailures {

    private final boolean allowNonzero;
    private final List<String> reasons = new ArrayList<>();

    RunFailures(boolean allowNonzero) {
        this.allowNonzero = allowNonzero;
    }

    void check(PairedSample sample) {
        long pairNumber = sample.pairIndex() + 1;
        check(pairNumber, "baseline", sample.baseline());
        check(pairNumber, "current", sample.current());
    }

    private void check(long pairNumber, String side, PairedSampleHalf half) {
        // A timed-out run's exit code is the kill we sent it, not something the command did: the seed
        // reported it as a second reason, which only repeats the timeout in a misleading way.
        if (half.timedOut()) {
            reasons.add("pair " + pairNumber + " " + side + " timed out");
        } else if (half.exitCode() != 0 && !allowNonzero) {
            reasons.add("pair " + pairNumber + " " + side + " exit " + half.exitCode());
        }
        if (half.metricErrors() != null) {
            half.metricErrors().forEach(problem -> reasons.add("pair " + pairNumber + " " + side + ": " + problem));
        }
    }

    List<String> reasons() {
        return List.copyOf(reasons);
    }
}
