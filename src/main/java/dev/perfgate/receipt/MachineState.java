package dev.perfgate.receipt;

import java.util.List;

/**
 * What the machine was like while the pairs ran: what it offered this build, how it was tuned, and what else
 * used it. Every field is optional: where nothing can be read (no {@code /proc}, no {@code cpufreq}) it is
 * left out rather than guessed. Added to v1 as {@code run.machine}.
 *
 * @param onlineCpus     logical CPUs the kernel runs
 * @param allowedCpus    CPUs this process may run on (its scheduler affinity)
 * @param cpuQuota       the cgroup's CPU quota in CPUs (e.g. {@code 1.5}), when one is set
 * @param usableCpus     CPUs this build can use: the allowed CPUs, capped by the quota
 * @param governor       the CPU frequency governor(s) of the allowed CPUs, e.g. {@code performance}
 * @param turbo          whether turbo / boost is on, where the kernel tells
 * @param before         read just before the first run
 * @param after          read just after the last run
 * @param otherCpusUsed  CPUs that processes other than this build kept busy, on average over the runs
 * @param swapInPages    pages swapped in during the runs
 * @param swapOutPages   pages swapped out during the runs
 * @param busy           whether the machine was busy enough to widen the intervals; absent when unknown
 * @param concerns       what makes the machine unfit to measure on, one sentence each
 */
public record MachineState(
        Integer onlineCpus,
        Integer allowedCpus,
        Double cpuQuota,
        Double usableCpus,
        String governor,
        Boolean turbo,
        MachineMoment before,
        MachineMoment after,
        Double otherCpusUsed,
        Long swapInPages,
        Long swapOutPages,
        Boolean busy,
        List<String> concerns) {

    public MachineState {
        concerns = concerns == null ? null : List.copyOf(concerns);
    }
}
