package it.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Average-time benchmarks; {@code encode} does three times the work when the JVM runs with
 * {@code -Dit.slow=encode} (the current command sets it), {@code decode} never changes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Codec {
    private static final boolean SLOW = "encode".equals(System.getProperty("it.slow"));

    @Benchmark
    public void encode(Blackhole bh) {
        Blackhole.consumeCPU(SLOW ? 3000 : 1000);
    }

    @Benchmark
    public void decode(Blackhole bh) {
        Blackhole.consumeCPU(1000);
    }
}
