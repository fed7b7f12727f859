package dev.perfgate.process;

import java.util.List;
import java.util.Map;

/**
 * The metrics read from one run's output: the values found and, for each metric that could not be
 * read, a sentence that quotes what was found instead. A run with problems is a failed run.
 */
public record MetricReadings(Map<String, Double> values, List<String> problems) {

    public static final MetricReadings NONE = new MetricReadings(Map.of(), List.of());

    public MetricReadings {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }
}
