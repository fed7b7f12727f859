package dev.perfgate.process;

/**
 * What the kernel accounted to one run (rusage of the reaped process and its reaped descendants).
 * Only runners that can read these exactly report them; others report none rather than guess.
 */
public record ResourceUsage(
        long userMicros,
        long systemMicros,
        long minorFaults,
        long majorFaults,
        long voluntaryContextSwitches,
        long involuntaryContextSwitches,
        long blockInputOps,
        long blockOutputOps) {

    /** User plus system CPU time in microseconds. */
    public long cpuMicros() {
        return userMicros + systemMicros;
    }
}
