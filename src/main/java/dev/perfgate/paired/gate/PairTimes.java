package dev.perfgate.paired.gate;

import dev.perfgate.receipt.PairedSample;
import java.util.List;

/**
 * The measured pairs' wall time as the receipt records it: what the time budget counts and what the advice
 * on an undecided verdict prices more pairs at.
 */
public final class PairTimes {

    private PairTimes() {}

    /** Summed wall time of both runs of every pair. */
    public static long elapsedNanos(List<PairedSample> samples) {
        long total = 0;
        for (PairedSample s : samples) {
            total += s.baseline().wallNs() + s.current().wallNs();
        }
        return total;
    }

    /** Mean wall time of a pair (both runs), over the samples; 0 when there are none. */
    public static double nanosPerPair(List<PairedSample> samples) {
        return samples.isEmpty() ? 0.0 : elapsedNanos(samples) / (double) samples.size();
    }
}
