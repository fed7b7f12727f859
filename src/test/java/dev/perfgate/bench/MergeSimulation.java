package dev.perfgate.bench;

import dev.perfgate.stats.GateDecision;
import dev.perfgate.stats.LogRatios;
import dev.perfgate.stats.SequentialPlan;
import dev.perfgate.stats.StratifiedAnalysis;
import dev.perfgate.stats.StratifiedAnalyzer;
import dev.perfgate.stats.StratifiedVerdictRule;
import dev.perfgate.stats.StratumRatios;
import dev.perfgate.stats.VerdictStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The merged verdict ({@link StratifiedAnalyzer}, {@link StratifiedVerdictRule}: one look at the full alpha
 * 0.05) on simulated shards: lognormal wall times around 100 ms per machine, each machine with its own
 * noise (CV) and speed; at the same wall-clock budget a machine 3x slower measures a third of the pairs.
 * A/A false FAIL rates when machines differ, power of the merge against each machine alone, and the gain
 * of 2, 4 and 8 equal shards against one machine in the same time. Rates with Clopper-Pearson 95% upper
 * bounds. Seeded; not a test: it never fails on the figures.
 *
 * <p>Usage: {@code MergeSimulation [runsPerCell] [seed]}; defaults 4000 and 42.
 */
public final class MergeSimulation {
    private static final double ALPHA = 0.05;
    private static final double LEVEL = SequentialPlan.levelBudget(ALPHA);

    /** A machine: its run-to-run noise, how much slower than the fastest it is, and how often a run is disturbed. */
    record Machine(String name, double cv, double slowdown, double disturbed) {
        int pairsIn(int budgetPairsAt1x) {
            return Math.max(2, (int) Math.floor(budgetPairsAt1x / slowdown));
        }
    }

    private final int runs;
    private final long seed;

    private MergeSimulation(int runs, long seed) {
        this.runs = runs;
        this.seed = seed;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        System.out.printf(Locale.ROOT, """
                Data: per machine, pairs of lognormal wall times around 100 ms x its slowdown, with its own CV; the
                current command is (1 + effect) times the baseline. Each machine's pairs are one stratum; the merge is
                dev.perfgate.stats.StratifiedAnalyzer + StratifiedVerdictRule (inverse-variance weighted Hodges-Lehmann,
                Meier's variance factor, Satterthwaite's t, Cochran's Q at 0.05, one look at alpha 0.05: a 90%% interval;
a disagreement makes INCONCLUSIVE unless no machine's own interval passes). uncorrected = the same weights with 1/sum(w)
and a normal quantile. "alone" = the same rule on one machine's
                pairs (its exact signed-rank interval, as perfgate:analyze). Budget: a 1x machine measures 30 pairs
                in the wall-clock time; a 3x machine 10. runs per cell: %d, seed: %d%n%n""", runs, seed);
        MergeSimulation sim = new MergeSimulation(runs, seed);
        sim.falseFails();
        sim.power();
        sim.gainOfShards();
        System.out.printf(Locale.ROOT, "benchmark wall time: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void falseFails() {
        System.out.println("A/A false FAIL rate of the merge (identical commands), % [95% upper bound]");
        System.out.println("| machines (CV, speed, disturbed runs)           | thr | FAIL             | PASS  "
                + "  | INCONCL | of which heterogeneity | uncorrected FAIL |");
        System.out.println("|------------------------------------------------|-----|------------------|-------"
                + "--|---------|------------------------|------------------|");
        List<List<Machine>> sets = List.of(
                List.of(new Machine("quiet", 0.02, 1, 0), new Machine("noisy", 0.20, 3, 0)),
                List.of(new Machine("quiet", 0.02, 3, 0), new Machine("noisy", 0.20, 1, 0)),
                List.of(new Machine("quiet", 0.02, 1, 0.05), new Machine("noisy", 0.20, 3, 0.05)),
                List.of(
                        new Machine("a", 0.02, 1, 0),
                        new Machine("b", 0.05, 1, 0),
                        new Machine("c", 0.10, 3, 0),
                        new Machine("d", 0.20, 3, 0)));
        long cell = 0;
        for (double threshold : new double[] {0.0, 2.0}) {
            for (List<Machine> machines : sets) {
                Outcomes o = simulate(machines, 0.0, threshold, 30, cell++);
                System.out.printf(
                        Locale.ROOT,
                        "| %-46s | %3.0f | %s | %6.1f%% | %6.1f%% | %21.1f%% | %s |%n",
                        describe(machines),
                        threshold,
                        o.tally.rate(o.tally.oursFail),
                        o.tally.percent(o.tally.oursPass),
                        o.tally.percent(o.tally.oursInconclusive),
                        o.tally.percent(o.heterogeneous),
                        o.tally.rate(o.uncorrectedFail));
            }
        }
        System.out.println();
    }

    private void power() {
        System.out.println("Power (FAIL rate) at failOnRegression=0: quiet (CV 2%, 1x, 30 pairs) and noisy (CV 20%, 3x,"
                + " 10 pairs) alone and merged");
        System.out.println("| effect | quiet alone | noisy alone | merged | merged CI half-width median |"
                + " merged if Q also blocked FAIL |");
        System.out.println("|--------|-------------|-------------|--------|-----------------------------|"
                + "-------------------------------|");
        Machine quiet = new Machine("quiet", 0.02, 1, 0);
        Machine noisy = new Machine("noisy", 0.20, 3, 0);
        long cell = 1000;
        for (double effect : new double[] {0.005, 0.01, 0.02, 0.05, 0.10}) {
            Outcomes q = simulate(List.of(quiet), effect, 0.0, 30, cell);
            Outcomes n = simulate(List.of(noisy), effect, 0.0, 30, cell + 1);
            Outcomes m = simulate(List.of(quiet, noisy), effect, 0.0, 30, cell + 2);
            cell += 3;
            System.out.printf(
                    Locale.ROOT,
                    "| %+5.1f%% | %10.1f%% | %10.1f%% | %5.1f%% | %26.2f%% | %28.1f%% |%n",
                    100 * effect,
                    q.tally.percent(q.tally.oursFail),
                    n.tally.percent(n.tally.oursFail),
                    m.tally.percent(m.tally.oursFail),
                    m.medianHalfWidthPct(),
                    m.tally.percent(m.failWithoutHeterogeneity));
        }
        System.out.println();
    }

    private void gainOfShards() {
        System.out.println("Gain of k equal shards (CV 10%, 1x) over one machine in the same wall-clock time (10 pairs"
                + " each), failOnRegression=0");
        System.out.println(
                "| machines | pairs | A/A FAIL         | power at +5% | power at +10% | CI half-width median |"
                        + " vs one machine | A/A FAIL uncorrected |");
        System.out.println(
                "|----------|-------|------------------|--------------|---------------|----------------------|"
                        + "----------------|----------------------|");
        long cell = 2000;
        double single = 0;
        for (int k : new int[] {1, 2, 4, 8}) {
            List<Machine> machines = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                machines.add(new Machine("m" + i, 0.10, 1, 0));
            }
            Outcomes aa = simulate(machines, 0.0, 0.0, 10, cell++);
            Outcomes p5 = simulate(machines, 0.05, 0.0, 10, cell++);
            Outcomes p10 = simulate(machines, 0.10, 0.0, 10, cell++);
            double width = p5.medianHalfWidthPct();
            if (k == 1) {
                single = width;
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %8d | %5d | %s | %11.1f%% | %12.1f%% | %19.2f%% | %13.2fx | %s |%n",
                    k,
                    10 * k,
                    aa.tally.rate(aa.tally.oursFail),
                    p5.tally.percent(p5.tally.oursFail),
                    p10.tally.percent(p10.tally.oursFail),
                    width,
                    single / width,
                    aa.tally.rate(aa.uncorrectedFail));
        }
        System.out.println();
    }

    /** Verdicts of one cell, and the merged intervals' half-widths. */
    static final class Outcomes {
        final Tally tally = new Tally();
        int heterogeneous;
        /** FAILs of the plain inverse-variance interval (normal quantile, no Meier factor). */
        int uncorrectedFail;
        /** FAILs had a heterogeneity rejection turned every verdict, FAIL too, into INCONCLUSIVE. */
        int failWithoutHeterogeneity;

        double[] halfWidths;

        double medianHalfWidthPct() {
            double[] sorted = halfWidths.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    private Outcomes simulate(List<Machine> machines, double effect, double thresholdPct, int budget, long cell) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + cell);
        Outcomes o = new Outcomes();
        o.halfWidths = new double[runs];
        for (int run = 0; run < runs; run++) {
            List<StratumRatios> strata = new ArrayList<>();
            for (Machine m : machines) {
                strata.add(new StratumRatios(m.name(), ratios(m, m.pairsIn(budget), effect, random)));
            }
            StratifiedAnalysis a = StratifiedAnalyzer.analyze("wall time", strata, LEVEL, ALPHA);
            GateDecision d = StratifiedVerdictRule.decide(a, thresholdPct);
            o.tally.total++;
            o.tally.ours(d.status().name().toLowerCase(Locale.ROOT));
            if (d.status() == VerdictStatus.INCONCLUSIVE && a.heterogeneous()) {
                o.heterogeneous++;
            }
            if (d.status() == VerdictStatus.FAIL && !a.heterogeneous()) {
                o.failWithoutHeterogeneity++;
            }
            if (uncorrectedFails(a, thresholdPct)) {
                o.uncorrectedFail++;
            }
            o.halfWidths[run] = (a.ciUpperPct() - a.ciLowerPct()) / 2.0;
        }
        return o;
    }

    /** The merge without Meier's factor and Satterthwaite's t: sum of weights and a normal quantile. */
    private static boolean uncorrectedFails(StratifiedAnalysis a, double thresholdPct) {
        double weightSum = a.strata().stream()
                .mapToDouble(s -> 1.0 / (s.standardErrorLog() * s.standardErrorLog()))
                .sum();
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - LEVEL / 2);
        double lower = a.estimateLog() - z / Math.sqrt(weightSum);
        return a.strata().size() > 1
                ? lower > 0 && a.estimatePct() > thresholdPct
                : a.ciLowerPct() > 0 && a.estimatePct() > thresholdPct;
    }

    private static double[] ratios(Machine m, int pairs, double effect, SplittableRandom random) {
        double[] baseline = new double[pairs];
        double[] current = new double[pairs];
        double sigma = Math.sqrt(Math.log1p(m.cv() * m.cv()));
        for (int i = 0; i < pairs; i++) {
            baseline[i] = run(m, 100.0, sigma, random);
            current[i] = run(m, 100.0 * (1 + effect), sigma, random);
        }
        return LogRatios.of(baseline, current);
    }

    private static double run(Machine m, double ms, double sigma, SplittableRandom random) {
        double t = ms * m.slowdown() * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
        return random.nextDouble() < m.disturbed() ? t * (1.5 + random.nextDouble()) : t;
    }

    private static String describe(List<Machine> machines) {
        StringBuilder s = new StringBuilder();
        for (Machine m : machines) {
            if (!s.isEmpty()) {
                s.append(" + ");
            }
            s.append(String.format(Locale.ROOT, "%.0f%% %.0fx", 100 * m.cv(), m.slowdown()));
            if (m.disturbed() > 0) {
                s.append(String.format(Locale.ROOT, " %.0f%%d", 100 * m.disturbed()));
            }
        }
        return s.toString();
    }
}
