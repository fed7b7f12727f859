package dev.perfgate.report;

/**
 * Human names for the receipt's metric keys. Keys it does not know (metrics added later) still read
 * well: {@code minor_faults} becomes "minor faults".
 */
public final class MetricNames {

    private MetricNames() {}

    /** e.g. {@code wall_time} → "wall time", {@code cpu_time} → "CPU time". */
    public static String label(String key) {
        return (" " + key.replace('_', ' ') + " ")
                .replace(" cpu ", " CPU ")
                .replace(" rss ", " RSS ")
                .replace(" io ", " I/O ")
                .strip();
    }
}
