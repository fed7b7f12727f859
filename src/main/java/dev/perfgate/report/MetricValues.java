package dev.perfgate.report;

import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to read a metric's absolute value from one run, and how to print it. Known for the metrics the
 * runners measure per run; a metric added to {@code analysis} without a per-run field here is still
 * reported, with its changes only.
 */
public final class MetricValues {

    private static final Map<String, MetricValues> KNOWN = Map.of(
            "wall_time", new MetricValues(h -> (double) h.wallNs(), Durations::nanos),
            "cpu_time", new MetricValues(h -> h.cpuUs() == null ? null : h.cpuUs() * 1000.0, Durations::nanos),
            "peak_memory",
                    new MetricValues(
                            h -> h.maxRssKb() == null ? null : h.maxRssKb().doubleValue(), Durations::kibibytes),
            "minor_faults", new MetricValues(h -> count(h.minorFaults()), MetricValues::countText),
            "major_faults", new MetricValues(h -> count(h.majorFaults()), MetricValues::countText),
            "voluntary_ctx_switches", new MetricValues(h -> count(h.voluntaryCtxSwitches()), MetricValues::countText),
            "involuntary_ctx_switches",
                    new MetricValues(h -> count(h.involuntaryCtxSwitches()), MetricValues::countText),
            "block_in", new MetricValues(h -> count(h.blockIn()), MetricValues::countText),
            "block_out", new MetricValues(h -> count(h.blockOut()), MetricValues::countText));

    private final Function<PairedSampleHalf, Double> reader;
    private final Function<Double, String> formatter;

    private MetricValues(Function<PairedSampleHalf, Double> reader, Function<Double, String> formatter) {
        this.reader = reader;
        this.formatter = formatter;
    }

    /** The reader of an {@code analysis} key, when runs carry that metric. */
    public static Optional<MetricValues> of(String key) {
        return Optional.ofNullable(KNOWN.get(key));
    }

    /**
     * The reader of a key that runs record by name among their {@code metrics} (a {@code <metric>}, a
     * benchmark), printed with four significant digits.
     */
    static MetricValues recorded(String key) {
        return new MetricValues(
                h -> h.metrics() == null ? null : h.metrics().get(key),
                value -> String.format(java.util.Locale.ROOT, "%.4g", value));
    }

    /** The run's value in the unit {@link #format} expects, or {@code null} when it was not measured. */
    public Double read(PairedSampleHalf half) {
        return reader.apply(half);
    }

    public String format(double value) {
        return formatter.apply(value);
    }

    /** Median of each side over the given pairs, {baseline, current}; null when a side has no value. */
    public Double[] medians(List<PairedSample> samples) {
        return new Double[] {
            median(samples.stream()
                    .map(s -> read(s.baseline()))
                    .filter(Objects::nonNull)
                    .toList()),
            median(samples.stream()
                    .map(s -> read(s.current()))
                    .filter(Objects::nonNull)
                    .toList())
        };
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static Double count(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static String countText(double value) {
        return String.format(java.util.Locale.ROOT, "%,.0f", value);
    }
}
