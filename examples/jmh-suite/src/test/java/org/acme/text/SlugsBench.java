package org.acme.text;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** JMH benchmarks of the library's own code: one per use, with the input size as a parameter. */
@State(Scope.Benchmark)
public class SlugsBench {

    @Param({"16", "256"})
    public int length;

    private String title;

    @org.openjdk.jmh.annotations.Setup
    public void setUp() {
        title = "Crème Brûlée, à la carte! ".repeat(length / 16 + 1).substring(0, length);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public String slug() {
        return Slugs.slug(title);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String slugThroughput() {
        return Slugs.slug(title);
    }

    /** A ruler: JDK work no change of ours can touch. If it moves, the two sides did not run alike. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public String rulerLowerCase() {
        return title.toLowerCase(java.util.Locale.ROOT);
    }
}
