package dev.perfgate.paired;

import dev.perfgate.receipt.PairedSampleHalf;
import java.util.function.Function;

/** A metric the gate can judge: how to read it from a run and which threshold applies to it. */
enum GatedMetric {
    WALL_TIME("wall_time", "wall time", PairedSampleHalf::wallNs),
    CPU_TIME("cpu_time", "CPU time", PairedSampleHalf::cpuUs),
    PEAK_MEMORY("peak_memory", "peak memory", PairedSampleHalf::maxRssKb);

    private final String key;
    private final String label;
    private final Function<PairedSampleHalf, Long> reader;

    GatedMetric(String key, String label, Function<PairedSampleHalf, Long> reader) {
        this.key = key;
        this.label = label;
        this.reader = reader;
    }

    /** The receipt's name for it, e.g. {@code wall_time}. */
    String key() {
        return key;
    }

    /** The log's name for it, e.g. {@code wall time}. */
    String label() {
        return label;
    }

    /** The value measured in one run, or {@code null} when the runner did not measure it. */
    Long read(PairedSampleHalf half) {
        return reader.apply(half);
    }
}
