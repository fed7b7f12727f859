package dev.perfgate.paired;

/** Why a paired run took no further look; the receipt records it as {@code config.stop_reason}. */
enum StopReason {
    /** A look decided: PASS or FAIL (or, without a threshold, a change distinguishable from 0). */
    DECIDED("decided"),
    /** The last planned look was taken: the pair budget is spent. */
    MAX_PAIRS("max_pairs"),
    /** The next look would likely end beyond the time budget. */
    MAX_DURATION("max_duration"),
    /** The noise exceeded {@code cvThreshold}: more pairs would not help. */
    CV_THRESHOLD("cv_threshold"),
    /** A measured run failed (exit code, timeout): the build fails whatever more pairs show. */
    FAILED_RUNS("failed_runs"),
    /** A setup, prepare, conclude or cleanup command failed: the receipt keeps the complete pairs. */
    FAILED_HOOK("failed_hook"),
    /** The build was stopped (Ctrl-C, SIGTERM, a CI time limit): the receipt keeps the complete pairs. */
    INTERRUPTED("interrupted");

    private final String configName;

    StopReason(String configName) {
        this.configName = configName;
    }

    String configName() {
        return configName;
    }
}
