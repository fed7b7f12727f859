package dev.perfgate.host;

import java.util.BitSet;

/**
 * What the machine offers this build, read once: it does not change during a run.
 *
 * @param onlineCpus  logical CPUs the kernel runs ({@code cpuN} lines of {@code /proc/stat}), or {@code null}
 * @param allowedCpus the CPUs this process may run on (scheduler affinity), or {@code null} when unknown
 * @param cpuQuota    the cgroup's CPU quota in CPUs, or {@code null} when none is set
 * @param governor    the distinct frequency governors of the allowed CPUs, comma-separated, or {@code null}
 * @param turbo       whether turbo / boost is on, or {@code null} where the kernel does not say
 */
public record MachineFacts(Integer onlineCpus, BitSet allowedCpus, Double cpuQuota, String governor, Boolean turbo) {

    public MachineFacts {
        allowedCpus = allowedCpus == null ? null : (BitSet) allowedCpus.clone();
    }

    /** Facts of a machine that tells nothing (no {@code /proc}). */
    static MachineFacts unknown() {
        return new MachineFacts(null, null, null, null, null);
    }

    @Override
    public BitSet allowedCpus() {
        return allowedCpus == null ? null : (BitSet) allowedCpus.clone();
    }

    /** How many CPUs this process may run on: the affinity set, else every online CPU. */
    Integer allowedCount() {
        return allowedCpus != null && !allowedCpus.isEmpty() ? Integer.valueOf(allowedCpus.cardinality()) : onlineCpus;
    }

    /** The CPUs this build can use: the allowed ones, capped by the quota. */
    Double usableCpus() {
        Integer allowed = allowedCount();
        if (allowed == null) {
            return cpuQuota;
        }
        return cpuQuota == null ? allowed.doubleValue() : Math.min(allowed, cpuQuota);
    }
}
