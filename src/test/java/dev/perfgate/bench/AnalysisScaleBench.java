package dev.perfgate.bench;

import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.PairedAnalyzer;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the robust paired analysis scales with the number of pairs: time per analysis and memory, at
 * 1,000 / 10,000 / 100,000 lognormal pairs. Prints a table; never fails on the figures (timing is not a
 * test). Run with {@code bench/analysis-scale.sh}.
 */
public final class AnalysisScaleBench {
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int REPETITIONS = 7;

    private AnalysisScaleBench() {}

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(20240601L);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        System.out.println(
                "| pairs   | median ms/analysis | min ms | allocated MB/analysis | heap used after GC MB | estimate % |");
        System.out.println(
                "|---------|--------------------|--------|-----------------------|-----------------------|------------|");
        // Warm the JIT on a mid-sized input so the first row is not mostly compilation.
        for (int i = 0; i < 5; i++) {
            analyse(lognormalPairs(random, 10_000));
        }
        for (int n : SIZES) {
            double[][] pairs = lognormalPairs(random, n);
            double[] millis = new double[REPETITIONS];
            long allocated = 0;
            MetricAnalysis last = null;
            for (int r = 0; r < REPETITIONS; r++) {
                long bytesBefore = threads.getThreadAllocatedBytes(thread);
                long start = System.nanoTime();
                last = analyse(pairs);
                millis[r] = (System.nanoTime() - start) / 1e6;
                allocated = threads.getThreadAllocatedBytes(thread) - bytesBefore;
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
            Arrays.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "| %,7d | %18.2f | %6.2f | %21.1f | %21.1f | %+10.3f |%n",
                    n,
                    millis[REPETITIONS / 2],
                    millis[0],
                    allocated / 1048576.0,
                    heapMb,
                    last.estimatePct());
        }
    }

    private static MetricAnalysis analyse(double[][] pairs) {
        return PairedAnalyzer.analyze(
                "wall time", pairs[0], pairs[1], pairs[2] == null ? null : toOrder(pairs[2]), 0.05);
    }

    private static boolean[] toOrder(double[] flags) {
        boolean[] order = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            order[i] = flags[i] > 0;
        }
        return order;
    }

    /** Baseline and current ~ 100 ms * lognormal(CV ~10%), current 1% slower; alternating order. */
    private static double[][] lognormalPairs(SplittableRandom random, int n) {
        double[] baseline = new double[n];
        double[] current = new double[n];
        double[] order = new double[n];
        for (int i = 0; i < n; i++) {
            baseline[i] = 100.0 * Math.exp(0.1 * random.nextGaussian());
            current[i] = 101.0 * Math.exp(0.1 * random.nextGaussian());
            order[i] = i % 2;
        }
        return new double[][] {baseline, current, order};
    }
}
