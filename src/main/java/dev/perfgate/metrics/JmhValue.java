package dev.perfgate.metrics;

/**
 * One gated figure of a JMH suite in one run: a benchmark's primary score or one of its chosen secondary
 * metrics.
 *
 * @param name           unique within the suite: {@code Codec.sized[size=1000]}, with a secondary metric
 *                       {@code Codec.sized[size=1000]:gc.alloc.rate.norm}
 * @param className      the benchmark's class as the name shows it ({@code Codec}; fully qualified when two
 *                       classes of the file share a simple name): a JUnit test class
 * @param test           the rest of the name ({@code sized[size=1000]}): a JUnit test case
 * @param mode           the benchmark's mode
 * @param unit           JMH's unit of the value
 * @param higherIsBetter from the mode for a primary score (a throughput); false for secondary metrics
 * @param value          positive and finite
 */
public record JmhValue(
        String name, String className, String test, JmhMode mode, String unit, boolean higherIsBetter, double value) {}
