package dev.perfgate.process;

/**
 * A figure a {@link ProcessRunner} can report for a run. Wall time always; the others only where the
 * platform gives them honestly, so a gate on them can be judged before anything runs.
 */
public enum Measurement {
    WALL_TIME,
    CPU_TIME,
    PEAK_MEMORY
}
