package dev.perfgate.process.posix;

import dev.perfgate.process.PeakMemory;

/**
 * Decides which peak-RSS figure of a run is its own, and names how it was obtained.
 *
 * <p>On Linux a child spawned from the JVM shares the JVM's memory until exec, and the kernel folds that
 * memory's high-water mark into the child's {@code ru_maxrss}. So {@code ru_maxrss} is
 * max(JVM peak at spawn, the tree's own peak): when it is above the JVM's own peak (read after the reap,
 * so never lower than at spawn) it can only be the tree's, and it is exact. Otherwise the figure is the
 * largest VmHWM sampled across the tree while it ran, a lower bound that is exact when the peak was
 * reached before the last sample. When neither exists the figure is omitted, never guessed.
 */
final class PeakMemoryRule {

    /** ru_maxrss (KiB), exact because it exceeds the JVM's own peak. */
    static final String RUSAGE = "rusage";
    /** The largest VmHWM seen while sampling the process tree. */
    static final String PROC_VMHWM_SAMPLED = "proc_vmhwm_sampled";
    /** macOS ru_maxrss, reported by the kernel in bytes and converted to KiB. */
    static final String RUSAGE_BYTES = "rusage_bytes";

    private PeakMemoryRule() {}

    /**
     * @param ruMaxRssKib ru_maxrss of the reaped leader (includes its reaped descendants)
     * @param jvmPeakKib  the JVM's own VmHWM after the reap, or a negative number if unknown
     * @param sampledKib  the largest VmHWM sampled across the tree, or a negative number if none
     * @return the run's own peak, or {@code null} when there is no trustworthy figure
     */
    static PeakMemory linux(long ruMaxRssKib, long jvmPeakKib, long sampledKib) {
        if (jvmPeakKib >= 0 && ruMaxRssKib > jvmPeakKib) {
            return new PeakMemory(ruMaxRssKib, RUSAGE);
        }
        if (sampledKib > 0) {
            return new PeakMemory(sampledKib, PROC_VMHWM_SAMPLED);
        }
        return null;
    }

    /** macOS spawns without sharing the parent's memory, so ru_maxrss (in bytes there) is the run's own. */
    static PeakMemory mac(long ruMaxRssBytes) {
        return ruMaxRssBytes > 0 ? new PeakMemory((ruMaxRssBytes + 1023) / 1024, RUSAGE_BYTES) : null;
    }
}
