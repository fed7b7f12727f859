package dev.perfgate.maven;

import dev.perfgate.receipt.MetricDefinition;

/**
 * One {@code <metric>} of {@code <metrics>}: a number each run prints or writes, gated like wall time.
 * Maven fills the fields from the POM by name.
 *
 * @since 0.1.0
 */
public class Metric {

    /** Its name in the log, the report and the receipt. */
    private String name;

    /** {@code lower} (default: a time, a size) or {@code higher} (a score, a throughput) is better. */
    private String better = MetricDefinition.LOWER;

    /** Threshold in percent; for {@code higher}, the drop that fails. None: report only. */
    private Double failOnRegression;

    /** Regular expression with one group around the number, matched against the whole stdout; the last match counts. */
    private String pattern;

    /** File the command writes the number to; {@code @{metricFile}} gives each run its own path. */
    private String jsonFile;

    /** JSON pointer to the number in {@code jsonFile}, e.g. {@code /0/primaryMetric/score}. */
    private String jsonPointer;

    MetricDefinition toDefinition() {
        return new MetricDefinition(blankToNull(name), better == null ? null : better.trim(), failOnRegression,
                blankToNull(pattern), blankToNull(jsonFile), blankToNull(jsonPointer));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
