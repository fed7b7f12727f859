package dev.perfgate.process;

/**
 * Where a metric of a run came from when one configured metric yields many (a JMH suite: one per
 * benchmark), and what the gate and the reports must know about it.
 *
 * @param suite          the configured metric it belongs to, e.g. {@code jmh}
 * @param group          the benchmark's class as named, e.g. {@code Codec}: a JUnit test class
 * @param test           the rest of its name, e.g. {@code sized[size=1000]}: a JUnit test case
 * @param mode           JMH's mode ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss})
 * @param unit           JMH's unit, e.g. {@code ops/ms}
 * @param higherIsBetter its direction, from the mode (secondary metrics: lower is better)
 */
public record MetricOrigin(String suite, String group, String test, String mode, String unit, boolean higherIsBetter) {}
