package it.jmh;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/** A throughput benchmark (higher is better) and a ruler: JDK work that no change of ours can touch. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Work {

    @Benchmark
    public void loop(Blackhole bh) {
        Blackhole.consumeCPU(500);
    }

    @Benchmark
    public int[] jdkSort() {
        int[] values = new int[256];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 7919) % 256;
        }
        Arrays.sort(values);
        return values;
    }
}
