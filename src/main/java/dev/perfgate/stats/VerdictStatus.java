package dev.perfgate.stats;

/** Outcome of the gate for one metric with a threshold. */
public enum VerdictStatus {
    /** The interval at the requested confidence lies below the threshold. */
    PASS,
    /** The interval lies above 0 (a real slowdown) and the estimate exceeds the threshold. */
    FAIL,
    /** Neither: too noisy, too few pairs, or the interval straddles a boundary. */
    INCONCLUSIVE
}
