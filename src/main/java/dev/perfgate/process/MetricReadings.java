package dev.perfgate.process;

import java.util.List;
import java.util.Map;

/**
 * The metrics read from one run's output: the values found and, for each metric that could not be
 * read, a sentence that quotes what was found instead. A run with problems is a failed run. Metrics that
 * one configured metric expanded into (a JMH suite) also have their origin.
 */
public record MetricReadings(Map<String, Double> values, List<String> problems, Map<String, MetricOrigin> origins) {

    public static final MetricReadings NONE = new MetricReadings(Map.of(), List.of());

    public MetricReadings {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
        origins = origins == null ? Map.of() : Map.copyOf(origins);
    }

    public MetricReadings(Map<String, Double> values, List<String> problems) {
        this(values, problems, Map.of());
    }
}
