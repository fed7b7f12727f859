package dev.perfgate.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One entry of a JMH result file: a benchmark method in one mode with one parameter set.
 *
 * @param benchmark   JMH's fully qualified name, e.g. {@code org.acme.Codec.sized}
 * @param mode        the benchmark mode
 * @param params      the {@code @Param} values in JMH's order, empty without parameters
 * @param primary     the primary metric's score
 * @param secondaries the secondary metrics' scores by JMH's name, e.g. {@code gc.alloc.rate.norm}
 */
public record JmhBenchmark(
        String benchmark,
        JmhMode mode,
        Map<String, String> params,
        JmhScore primary,
        Map<String, JmhScore> secondaries) {

    public JmhBenchmark {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        secondaries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secondaries));
    }

    /** The fully qualified class, e.g. {@code org.acme.Codec}. */
    public String className() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? "" : benchmark.substring(0, dot);
    }

    /** The method (or {@code @Group}) name, e.g. {@code sized}. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** {@code [size=1000,kind=a]}, or the empty string without parameters. */
    public String paramsSuffix() {
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "[", "]"));
    }
}
