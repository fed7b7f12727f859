package dev.perfgate.paired;

import dev.perfgate.receipt.PairedSample;

/** Progress of a paired run, for logging. Every method has a do-nothing default. */
public interface PairedRunListener {

    PairedRunListener NONE = new PairedRunListener() {};

    /** A pair (warmup or measured) has completed. */
    default void pairCompleted(PairedSample sample) {}

    /** A pair (warmup or measured) has completed; {@code progress} says where the run stands. */
    default void pairCompleted(PairedSample sample, RunProgress progress) {
        pairCompleted(sample);
    }

    /** Something the user should know, said before any command runs (e.g. a gate that cannot be evaluated). */
    default void warning(String message) {}

    /**
     * Look {@code look} (1-based, of {@code looks} planned) did not decide; pairs are measured up to
     * {@code nextLookPairs} for the next one.
     */
    default void lookUndecided(int look, int looks, int nextLookPairs, String why) {}

    /** No further look will be taken before the plan's last one, for the given reason. */
    default void looksStopped(String reason) {}

    /**
     * After a run of pair {@code pairNumber} (1-based, warmups included), the runner killed
     * {@code processes} processes it had left behind (daemons, escaped background children).
     */
    default void leftoversKilled(long pairNumber, String side, int processes) {}
}
