package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A number the command prints (or writes to a file) that the gate analyses like wall time: part of
 * the request and, as {@code config.metrics[]}, of the receipt, so {@code perfgate:analyze} can judge
 * it again. Exactly one source: {@code pattern}, or {@code jsonFile} with {@code jsonPointer}.
 *
 * @param name             the metric's name: its key in {@code analysis} and in each run's {@code metrics}
 * @param better           {@code lower} (like a time) or {@code higher} (like a score or a throughput)
 * @param failOnRegression threshold in percent, or {@code null} to report only; for {@code higher}, the
 *                         drop that fails
 * @param pattern          regular expression with one group, matched against each run's whole stdout
 *                         (the last match counts)
 * @param jsonFile         file the command writes; {@code @{metricFile}} stands for a fresh path per run
 * @param jsonPointer      RFC 6901 pointer to the number in that file, e.g. {@code /0/primaryMetric/score}
 */
public record MetricDefinition(String name, String better, Double failOnRegression, String pattern, String jsonFile,
                               String jsonPointer) {

    public static final String LOWER = "lower";
    public static final String HIGHER = "higher";

    /** A regression is a decrease: the gate analyses the inverse (a throughput becomes a time per unit). */
    @JsonIgnore
    public boolean higherIsBetter() {
        return HIGHER.equals(better);
    }
}
