package dev.perfgate.stats;

/** Outcome of the gate for one metric with a threshold. */
public enum VerdictStatus {
    /** The change is confidently below the threshold, and the run could have seen a change of that size. */
    PASS,
    /** The change is confidently above 0 and its estimate exceeds the threshold. */
    FAIL,
    /** Neither: too noisy, too few pairs, or the interval straddles a boundary. */
    INCONCLUSIVE
}
