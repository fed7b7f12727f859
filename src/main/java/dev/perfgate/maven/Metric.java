package dev.perfgate.maven;

import dev.perfgate.receipt.MetricDefinition;
import java.util.List;

/**
 * One {@code <metric>} of {@code <metrics>}: a number each run prints or writes, gated like wall time.
 * Maven fills the fields from the POM by name.
 *
 * @since 0.1.0
 */
public class Metric {

    /** Its name in the log, the report and the receipt. */
    private String name;

    /**
     * {@code lower} (default: a time, a size) or {@code higher} (a score, a throughput) is better. Not for a
     * {@code jmhFile}: JMH's mode gives each benchmark's direction.
     */
    private String better;

    /** Threshold in percent; for {@code higher}, the drop that fails. None: report only. */
    private Double failOnRegression;

    /** Regular expression with one group around the number, matched against the whole stdout; the last match counts. */
    private String pattern;

    /** File the command writes the number to; {@code @{metricFile}} gives each run its own path. */
    private String jsonFile;

    /** JSON pointer to the number in {@code jsonFile}, e.g. {@code /0/primaryMetric/score}. */
    private String jsonPointer;

    /** The JSON result file JMH writes ({@code -rf json -rff @{metricFile}}): one gated metric per benchmark. */
    private String jmhFile;

    /** With {@code jmhFile}: a regular expression a benchmark's name must contain to be gated. */
    private String include;

    /** With {@code jmhFile}: a regular expression; benchmarks whose name contains it are not gated. */
    private String exclude;

    /** With {@code jmhFile}: JMH secondary metrics to gate beside each score, e.g. {@code gc.alloc.rate.norm}. */
    private List<String> secondaryMetrics;

    /** With {@code jmhFile}: a regular expression naming control benchmarks, which never fail the build. */
    private String rulers;

    MetricDefinition toDefinition() {
        String direction =
                better != null ? better.trim() : blankToNull(jmhFile) == null ? MetricDefinition.LOWER : null;
        return new MetricDefinition(
                blankToNull(name),
                direction,
                failOnRegression,
                blankToNull(pattern),
                blankToNull(jsonFile),
                blankToNull(jsonPointer),
                blankToNull(jmhFile),
                blankToNull(include),
                blankToNull(exclude),
                secondaryMetrics == null
                        ? null
                        : secondaryMetrics.stream()
                                .map(Metric::blankToNull)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                blankToNull(rulers));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
