package dev.perfgate.testing;

import dev.perfgate.process.MetricOrigin;
import dev.perfgate.process.MetricReadings;
import dev.perfgate.process.RunResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One played JMH run for a {@link FakeRunner} script: the benchmarks' scores (and any plain metric values) as the
 * runner reports them after reading a JMH result file, each varied by about 1% from run to run. A {@code thrpt}
 * benchmark is higher-is-better in ops/ms, every other mode lower-is-better in us/op, as JMH's units say.
 */
public final class JmhRun {

    private final SplittableRandom random;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, MetricOrigin> origins = new LinkedHashMap<>();

    public JmhRun(SplittableRandom random) {
        this.random = random;
    }

    /** Adds {@code jmh:<cls>.<test>} with about {@code score}. */
    public JmhRun benchmark(String cls, String test, String mode, double score) {
        String key = "jmh:" + cls + "." + test;
        boolean higher = mode.equals("thrpt");
        values.put(key, noisy(score));
        origins.put(key, new MetricOrigin("jmh", cls, test, mode, higher ? "ops/ms" : "us/op", higher));
        return this;
    }

    /** Adds a plain output metric {@code key} with about {@code value}. */
    public JmhRun metric(String key, double value) {
        values.put(key, noisy(value));
        return this;
    }

    /** A 50 ms run that exited 0 and reported these readings. */
    public RunResult result() {
        return new RunResult(
                50_000_000,
                0,
                false,
                new byte[0],
                new byte[0],
                null,
                null,
                null,
                0,
                new MetricReadings(values, List.of(), origins));
    }

    private double noisy(double value) {
        return value * Math.exp(0.01 * random.nextGaussian());
    }
}
