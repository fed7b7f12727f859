package dev.perfgate.bench;

import dev.perfgate.metrics.JmhBenchmark;
import dev.perfgate.metrics.JmhResultFile;
import dev.perfgate.metrics.JmhSelection;
import dev.perfgate.stats.AlphaSpending;
import dev.perfgate.stats.FamilyGate;
import dev.perfgate.stats.FamilyMember;
import dev.perfgate.stats.LogRatios;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.PairedAnalyzer;
import dev.perfgate.stats.SequentialPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A JMH suite's cost in the gate: 500 benchmarks × 30 pairs analysed and judged family-wise at the last
 * look and over all the looks of the default plan, and reading one 500-benchmark JMH result file (done
 * once per run, outside its timed window). Median and minimum of 7 repetitions after a warm-up. Never fails
 * on the figures.
 */
public final class SuiteScaleBench {
    private static final int BENCHMARKS = 500;
    private static final int PAIRS = 30;
    private static final int REPETITIONS = 7;

    private SuiteScaleBench() {}

    public static void main(String[] args) throws Exception {
        SplittableRandom random = new SplittableRandom(20261204L);
        double[][][] suite = new double[BENCHMARKS][][];
        for (int b = 0; b < BENCHMARKS; b++) {
            suite[b] = pairs(random, b % 50 == 0 ? 1.2 : 1.0);
        }
        SequentialPlan plan = SequentialPlan.of(0.05, AlphaSpending.DEFAULT, 1, PAIRS, Integer.MAX_VALUE);
        String json = resultFile(random);
        System.out.printf(
                Locale.ROOT,
                "%d benchmarks x %d pairs, default plan %s; JMH file %.1f MB%n",
                BENCHMARKS,
                PAIRS,
                plan,
                json.length() / 1e6);
        System.out.printf(
                Locale.ROOT,
                "machine: %d CPUs, load average %.1f at the start (timings scale with it)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.println("| step                                             | median ms | min ms |");
        System.out.println("|--------------------------------------------------|-----------|--------|");
        for (int warm = 0; warm < 3; warm++) {
            allLooks(suite, plan);
            JmhSelection.all().select(JmhResultFile.parse(json, "bench"));
        }
        row(
                "analyse + judge family-wise, last look (30 pairs)",
                () -> look(suite, PAIRS, plan.alpha(plan.lookCount() - 1), new FamilyGate()));
        row("analyse + judge family-wise, every look (8, 15, 30)", () -> allLooks(suite, plan));
        row("read one 500-benchmark JMH result file", () -> {
            List<JmhBenchmark> read = JmhResultFile.parse(json, "bench");
            JmhSelection.all().select(read);
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void row(String name, Step step) throws Exception {
        double[] millis = new double[REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            long start = System.nanoTime();
            step.run();
            millis[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| %-48s | %9.1f | %6.1f |%n", name, millis[REPETITIONS / 2], millis[0]);
    }

    private static void allLooks(double[][][] suite, SequentialPlan plan) {
        FamilyGate gate = new FamilyGate();
        for (int k = 0; k < plan.lookCount(); k++) {
            look(suite, plan.look(k), plan.alpha(k), gate);
        }
    }

    private static FamilyGate.Look look(double[][][] suite, int pairs, double level, FamilyGate gate) {
        List<FamilyMember> members = new ArrayList<>(suite.length);
        for (int b = 0; b < suite.length; b++) {
            double[] baseline = Arrays.copyOf(suite[b][0], pairs);
            double[] current = Arrays.copyOf(suite[b][1], pairs);
            MetricAnalysis a = PairedAnalyzer.analyze("b" + b, baseline, current, null, level);
            members.add(FamilyMember.of("b" + b, "b" + b, b % 2 == 0, 5.0, false, a, LogRatios.of(baseline, current)));
        }
        return gate.look(members, level);
    }

    /** Lognormal runs of ~5% CV, current {@code factor} times the baseline. */
    private static double[][] pairs(SplittableRandom random, double factor) {
        double[] baseline = new double[PAIRS];
        double[] current = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            baseline[i] = 100.0 * Math.exp(0.05 * random.nextGaussian());
            current[i] = 100.0 * factor * Math.exp(0.05 * random.nextGaussian());
        }
        return new double[][] {baseline, current};
    }

    /** A result file as JMH 1.37 writes it: 500 entries with parameters, 5 raw iterations and gc metrics. */
    private static String resultFile(SplittableRandom random) {
        StringBuilder s = new StringBuilder("[\n");
        for (int b = 0; b < BENCHMARKS; b++) {
            boolean thrpt = b % 2 == 0;
            s.append(b == 0 ? "" : ",\n")
                    .append("{\"jmhVersion\":\"1.37\",\"benchmark\":\"org.acme.Suite")
                    .append(b / 10)
                    .append(".m")
                    .append(b % 10)
                    .append("\",\"mode\":\"")
                    .append(thrpt ? "thrpt" : "avgt")
                    .append("\",\"threads\":1,\"forks\":1,\"params\":{\"size\":\"")
                    .append(b % 3)
                    .append("\"},\"primaryMetric\":{\"score\":")
                    .append(100 + random.nextDouble())
                    .append(",\"scoreError\":\"NaN\",\"scoreUnit\":\"")
                    .append(thrpt ? "ops/ms" : "ns/op")
                    .append("\",\"rawData\":[[1.0,2.0,3.0,4.0,5.0]]},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":")
                    .append("{\"score\":24.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\",\"rawData\":[[24.0]]}}}");
        }
        return s.append("\n]\n").toString();
    }
}
