package dev.perfgate.paired;

import dev.perfgate.receipt.PairedSample;

/** Progress of a paired run, for logging. Every method has a do-nothing default. */
public interface PairedRunListener {

    PairedRunListener NONE = new PairedRunListener() {
    };

    /** A pair (warmup or measured) has completed. */
    default void pairCompleted(PairedSample sample) {
    }

    /** A retry batch of {@code pairs} pairs is about to run because the verdict is not decided yet. */
    default void retryStarted(int retry, int pairs, String why) {
    }

    /** Something the user should know, said before any command runs (e.g. a gate that cannot be evaluated). */
    default void warning(String message) {
    }

    /** Retries stop early, for the given reason. */
    default void retriesStopped(String reason) {
    }

    /**
     * After a run of pair {@code pairNumber} (1-based, warmups included), the runner killed
     * {@code processes} processes it had left behind (daemons, escaped background children).
     */
    default void leftoversKilled(long pairNumber, String side, int processes) {
    }
}
