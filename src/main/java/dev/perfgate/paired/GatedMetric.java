package dev.perfgate.paired;

import dev.perfgate.receipt.PairedSampleHalf;
import java.util.function.Function;

/** A metric the gate can judge: how to read it from a run and which threshold applies to it. */
enum GatedMetric implements GateMetric {
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

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Double threshold(GateSettings settings) {
        return settings.threshold(this);
    }

    @Override
    public Double read(PairedSampleHalf half) {
        Long value = reader.apply(half);
        return value == null ? null : value.doubleValue();
    }
}
