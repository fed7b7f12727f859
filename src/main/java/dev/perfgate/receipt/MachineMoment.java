package dev.perfgate.receipt;

/**
 * The machine at one instant, before or after the runs.
 *
 * @param loadAverage    the 1-minute load average (it lags a minute behind: context, not a judgement)
 * @param runnable       threads of other processes ready to run at that instant ({@code procs_running} less
 *                       the one reading it)
 * @param otherBenchmark another benchmark holding the machine-wide benchmark lock, as its holder describes
 *                       itself; absent when none does or this build holds the lock
 */
public record MachineMoment(Double loadAverage, Integer runnable, String otherBenchmark) {}
