package dev.perfgate.bench;

import dev.perfgate.stats.AlphaSpending;
import dev.perfgate.stats.FamilyGate;
import dev.perfgate.stats.FamilyMember;
import dev.perfgate.stats.MetricAnalysis;
import dev.perfgate.stats.PairedAnalyzer;
import dev.perfgate.stats.SequentialPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Many gated metrics in one execution (a JMH suite): the family-wise gate ({@link FamilyGate}: Holm's
 * step-down at each look of the default sequential plan) beside per-metric testing (each metric judged
 * alone at the look's level, as before the family gate). Every run draws each metric's per-pair log ratio
 * as shift + CV·√2·z (two lognormal runs of that CV), independently across metrics, and takes the looks
 * of the default plan (alpha 0.05, 30 pairs: looks 8, 15, 30) until every gated metric is decided or one
 * FAILs. Rates come with their Clopper-Pearson 95% upper bound. Seeded; never fails on the figures.
 *
 * <p>Usage: {@code FamilySimulation [runsPerCell] [seed] [onlyMetrics]}; defaults 2000 and 42 (a quarter of the
 * runs for 100 metrics). With {@code onlyMetrics}, only the A/A rows of that many metrics, at the full runs.
 */
public final class FamilySimulation {
    private static final double ALPHA = 0.05;
    private static final int BUDGET = 30;

    private final int runs;
    private final long seed;
    /** Only this family size's A/A rows, all at {@code runs} (for a tighter bound at 100 metrics); 0: every table. */
    private final int only;

    private final SequentialPlan plan = SequentialPlan.of(ALPHA, AlphaSpending.DEFAULT, 1, BUDGET, Integer.MAX_VALUE);

    private FamilySimulation(int runs, long seed, int only) {
        this.runs = runs;
        this.seed = seed;
        this.only = only;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        int only = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        FamilySimulation sim = new FamilySimulation(runs, seed, only);
        System.out.printf(Locale.ROOT, """
                Family of gated metrics: dev.perfgate.stats.FamilyGate (Holm's step-down per look) beside per-metric
                testing (each metric alone at the look's level), on the default sequential plan %s.
                Per-pair log ratio of each metric: shift + CV·√2·z, independent across metrics and pairs.
                A run stops when every gated metric is decided or one FAILs.
                runs per cell: %d (%d for 100 metrics), seed: %d%n%n""", sim.plan, runs, only > 0 ? runs : Math.max(1, runs / 4), seed);
        sim.falseFails();
        if (only == 0) {
            sim.power();
        }
        System.out.printf(Locale.ROOT, "benchmark wall time: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void falseFails() {
        System.out.println("A/A: no metric changed, CV 5%. False FAIL rate of the build, % [95% upper bound];"
                + " pairs to a decision, median");
        System.out.println("| metrics | thr | family-wise FAIL | per-metric FAIL  | family pairs | per-metric pairs |");
        System.out.println("|---------|-----|------------------|------------------|--------------|------------------|");
        long cell = 0;
        for (double threshold : new double[] {0.0, 2.0}) {
            for (int metrics : only > 0 ? new int[] {only} : new int[] {1, 5, 20, 100}) {
                int cellRuns = metrics >= 100 && only == 0 ? Math.max(1, runs / 4) : runs;
                Tally family = new Tally();
                Tally single = new Tally();
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + cell++);
                for (int r = 0; r < cellRuns; r++) {
                    double[][] d = draw(random, metrics, 0.05, 0.0, 0);
                    record(family, run(d, threshold, false));
                    record(single, run(d, threshold, true));
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %7d | %2.0f%% | %s | %s | %12d | %16d |%n",
                        metrics,
                        threshold,
                        family.rate(family.oursFail),
                        single.rate(single.oursFail),
                        family.pairsQuantile(0.5),
                        single.pairsQuantile(0.5));
            }
        }
        System.out.println();
    }

    private void power() {
        System.out.println("Power: one metric 20% slower among 20 unchanged (21 gated), threshold 10%."
                + " FAIL of the slower one, false FAIL of any unchanged one, pairs to a decision (median / p90)");
        System.out.println("| CV  | design      | slower one FAILs | an unchanged FAILs | pairs median / p90 |");
        System.out.println("|-----|-------------|------------------|--------------------|--------------------|");
        long cell = 100;
        for (double cv : new double[] {0.05, 0.10, 0.20}) {
            Tally[] slower = {new Tally(), new Tally()};
            Tally[] others = {new Tally(), new Tally()};
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + cell++);
            for (int r = 0; r < runs; r++) {
                double[][] d = draw(random, 21, cv, Math.log(1.2), 1);
                for (int design = 0; design < 2; design++) {
                    Outcome o = run(d, 10.0, design == 1);
                    slower[design].pairs(o.pairs);
                    slower[design].oursFail += o.firstFailed ? 1 : 0;
                    slower[design].total++;
                    others[design].oursFail += o.othersFailed ? 1 : 0;
                    others[design].total++;
                }
            }
            for (int design = 0; design < 2; design++) {
                Tally t = slower[design];
                System.out.printf(
                        Locale.ROOT,
                        "| %2.0f%% | %-11s | %s | %s   | %11d / %4d |%n",
                        cv * 100,
                        design == 0 ? "family-wise" : "per-metric",
                        t.rate(t.oursFail),
                        others[design].rate(others[design].oursFail),
                        t.pairsQuantile(0.5),
                        t.pairsQuantile(0.9));
            }
        }
        System.out.println();
    }

    /** What a run ended with: whether the first metric FAILed, whether any other did, and the pairs used. */
    private record Outcome(boolean firstFailed, boolean othersFailed, int pairs) {}

    private static void record(Tally t, Outcome o) {
        t.pairs(o.pairs);
        t.total++;
        if (o.firstFailed || o.othersFailed) {
            t.oursFail++;
        }
    }

    /** metrics × budget log ratios; the first {@code shifted} metrics shifted by {@code shiftLog}. */
    private static double[][] draw(SplittableRandom random, int metrics, double cv, double shiftLog, int shifted) {
        double[][] d = new double[metrics][BUDGET];
        double sd = cv * Math.sqrt(2.0);
        for (int m = 0; m < metrics; m++) {
            for (int i = 0; i < BUDGET; i++) {
                d[m][i] = (m < shifted ? shiftLog : 0.0) + sd * random.nextGaussian();
            }
        }
        return d;
    }

    private Outcome run(double[][] d, double threshold, boolean perMetric) {
        int metrics = d.length;
        FamilyGate family = new FamilyGate();
        List<FamilyGate> alone = new ArrayList<>();
        for (int m = 0; m < metrics; m++) {
            alone.add(new FamilyGate());
        }
        boolean[] failed = new boolean[metrics];
        int pairs = 0;
        for (int k = 0; k < plan.lookCount(); k++) {
            pairs = plan.look(k);
            double level = plan.alpha(k);
            List<FamilyMember> members = new ArrayList<>(metrics);
            for (int m = 0; m < metrics; m++) {
                members.add(member("m" + m, Arrays.copyOf(d[m], pairs), threshold, level));
            }
            boolean decided = true;
            boolean anyFailed = false;
            if (perMetric) {
                for (int m = 0; m < metrics; m++) {
                    FamilyGate.Look one = alone.get(m).look(List.of(members.get(m)), level);
                    failed[m] = one.failed() > 0;
                    anyFailed |= failed[m];
                    decided &= one.allDecided();
                }
            } else {
                FamilyGate.Look look = family.look(members, level);
                for (int m = 0; m < metrics; m++) {
                    failed[m] = look.verdicts().get(m).decision().status() == dev.perfgate.stats.VerdictStatus.FAIL;
                }
                anyFailed = look.failed() > 0;
                decided = look.allDecided();
            }
            if (anyFailed || decided) {
                break;
            }
        }
        boolean others = false;
        for (int m = 1; m < metrics; m++) {
            others |= failed[m];
        }
        return new Outcome(failed[0], metrics > 1 ? others : failed[0], pairs);
    }

    private static FamilyMember member(String key, double[] d, double threshold, double level) {
        double[] baseline = new double[d.length];
        double[] current = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            baseline[i] = 1.0;
            current[i] = Math.exp(d[i]);
        }
        MetricAnalysis a = PairedAnalyzer.analyze(key, baseline, current, null, level);
        return FamilyMember.of(key, key, false, threshold, false, a, d);
    }
}
