package dev.perfgate.host;

/**
 * The machine's counters at one instant; two readings, before and after the runs, tell what happened in
 * between. CPU times are in clock ticks ({@code USER_HZ}), the unit of both {@code /proc/stat} and
 * {@code /proc/self/stat}, so their ratios need no tick rate. Each field is {@code null} when unreadable.
 *
 * @param loadAverage  the 1-minute load average
 * @param procsRunning threads ready to run at this instant, the reader's own included
 * @param busyTicks    ticks the allowed CPUs spent busy (user, nice, system, irq, softirq, steal), all processes
 * @param totalTicks   ticks the allowed CPUs spent in any state, idle included
 * @param countedCpus  how many CPUs the two tick counts cover
 * @param ownTicks     CPU ticks of this process and of its children it has reaped (its runs)
 * @param swapIn       pages swapped in since boot
 * @param swapOut      pages swapped out since boot
 */
public record MachineReading(
        Double loadAverage,
        Integer procsRunning,
        Long busyTicks,
        Long totalTicks,
        Integer countedCpus,
        Long ownTicks,
        Long swapIn,
        Long swapOut) {

    /** A reading where nothing could be read. */
    static MachineReading unknown() {
        return new MachineReading(null, null, null, null, null, null, null, null);
    }
}
