package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A number the command prints (or writes to a file) that the gate analyses like wall time: part of
 * the request and, as {@code config.metrics[]}, of the receipt, so {@code perfgate:analyze} can judge
 * it again. Exactly one source: {@code pattern}, {@code jsonFile} with {@code jsonPointer}, or {@code jmhFile}
 * (a JMH suite: one gated metric per benchmark, named {@code <name>:<benchmark>}, its direction from JMH).
 *
 * @param name             the metric's name: its key in {@code analysis} and in each run's {@code metrics}
 * @param better           {@code lower} (like a time) or {@code higher} (like a score or a throughput)
 * @param failOnRegression threshold in percent, or {@code null} to report only; for {@code higher}, the
 *                         drop that fails
 * @param pattern          regular expression with one group, matched against each run's whole stdout
 *                         (the last match counts)
 * @param jsonFile         file the command writes; {@code @{metricFile}} stands for a fresh path per run
 * @param jsonPointer      RFC 6901 pointer to the number in that file, e.g. {@code /0/primaryMetric/score}
 * @param jmhFile          the JSON result file JMH writes ({@code -rf json -rff <file>}); {@code better} is then
 *                         absent: each benchmark's direction comes from its mode
 * @param include          for {@code jmhFile}: regular expression a benchmark name must contain (null: all)
 * @param exclude          for {@code jmhFile}: regular expression no gated benchmark name contains
 * @param secondaryMetrics for {@code jmhFile}: JMH secondary metrics gated beside each score (lower is better)
 * @param rulers           for {@code jmhFile}: regular expression naming the control benchmarks
 */
public record MetricDefinition(
        String name,
        String better,
        Double failOnRegression,
        String pattern,
        String jsonFile,
        String jsonPointer,
        String jmhFile,
        String include,
        String exclude,
        List<String> secondaryMetrics,
        String rulers) {

    public MetricDefinition {
        secondaryMetrics =
                secondaryMetrics == null || secondaryMetrics.isEmpty() ? null : List.copyOf(secondaryMetrics);
    }

    /** A metric read by a pattern or a JSON pointer. */
    public MetricDefinition(
            String name, String better, Double failOnRegression, String pattern, String jsonFile, String jsonPointer) {
        this(name, better, failOnRegression, pattern, jsonFile, jsonPointer, null, null, null, null, null);
    }

    /**
     * The same definition without its choice of benchmarks ({@code include} / {@code exclude}): what shards of
     * one JMH suite split by benchmark have in common, and what their merge, which covers the union, records.
     */
    public MetricDefinition withoutSelection() {
        return jmh() && (include != null || exclude != null)
                ? new MetricDefinition(
                        name,
                        better,
                        failOnRegression,
                        pattern,
                        jsonFile,
                        jsonPointer,
                        jmhFile,
                        null,
                        null,
                        secondaryMetrics,
                        rulers)
                : this;
    }

    /** Whether this is a JMH suite, expanded into one metric per benchmark. */
    @JsonIgnore
    public boolean jmh() {
        return jmhFile != null;
    }

    public static final String LOWER = "lower";
    public static final String HIGHER = "higher";

    /** A regression is a decrease: the gate analyses the inverse (a throughput becomes a time per unit). */
    @JsonIgnore
    public boolean higherIsBetter() {
        return HIGHER.equals(better);
    }
}
