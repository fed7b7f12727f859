package dev.perfgate.paired.gate;

import dev.perfgate.process.Measurement;
import dev.perfgate.receipt.PairedSampleHalf;
import java.util.function.Function;

/**
 * A built-in metric the gate can judge: how to read it from a run and what a runner must measure for it.
 * Its threshold is the one {@link dev.perfgate.receipt.Thresholds} holds under its {@link #key()}.
 */
public enum GatedMetric implements GateMetric {
    WALL_TIME("wall_time", "wall time", PairedSampleHalf::wallNs, null),
    CPU_TIME("cpu_time", "CPU time", PairedSampleHalf::cpuUs, Measurement.CPU_TIME),
    PEAK_MEMORY("peak_memory", "peak memory", PairedSampleHalf::maxRssKb, Measurement.PEAK_MEMORY);

    private final String key;
    private final String label;
    private final Function<PairedSampleHalf, Long> reader;
    private final Measurement needs;

    GatedMetric(String key, String label, Function<PairedSampleHalf, Long> reader, Measurement needs) {
        this.key = key;
        this.label = label;
        this.reader = reader;
        this.needs = needs;
    }

    /** What a runner must measure for this metric, or {@code null} when every runner does (wall time). */
    public Measurement needs() {
        return needs;
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
    public Double read(PairedSampleHalf half) {
        Long value = reader.apply(half);
        return value == null ? null : value.doubleValue();
    }
}
