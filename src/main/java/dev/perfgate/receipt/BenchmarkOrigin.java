package dev.perfgate.receipt;

/**
 * Where a metric that a JMH suite expanded into came from (added to v1, in {@code benchmarks}): what the
 * gate needs to judge it again (its direction) and the reports need to show it.
 *
 * @param suite     the {@code <metric>} it belongs to, e.g. {@code jmh}
 * @param className the benchmark's class as named, e.g. {@code Codec}
 * @param test      the rest of its name, e.g. {@code sized[size=1000]} or {@code sized[size=1000]:gc.alloc.rate.norm}
 * @param mode      JMH's mode: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param unit      JMH's unit, e.g. {@code ops/ms}
 * @param better    {@code higher} (a throughput) or {@code lower}
 */
public record BenchmarkOrigin(String suite, String className, String test, String mode, String unit, String better) {

    public boolean higherIsBetter() {
        return MetricDefinition.HIGHER.equals(better);
    }
}
