package dev.perfgate.bench;

import dev.perfgate.stats.AlphaSpending;
import dev.perfgate.stats.GateDecision;
import dev.perfgate.stats.PairedAnalyzer;
import dev.perfgate.stats.VerdictRule;
import dev.perfgate.stats.VerdictStatus;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Simulates the gate rule on synthetic lognormal timings, beside the rule of the Rust original on the
 * same data, and prints false-FAIL rates (A/A: both commands identical), power (a true slowdown) and the
 * effect of a first-position advantage. Every rate comes with its Clopper-Pearson 95% upper bound.
 * Seeded: the same arguments print the same tables. Not a test: it never fails on the figures.
 *
 * <p>Our rule: analyse with alpha / looks per look (Bonferroni over 1 + retries planned looks); a look
 * that is INCONCLUSIVE while retries remain adds ceil(1.5 k) pairs for retry k and looks again; PASS or
 * FAIL stops. Upstream's rule (seed/paired.rs): mean of raw differences +- t * population SD / sqrt(n)
 * with t = 2.0 (1.96 from 30 pairs), significant when that interval excludes 0 and n >= 3, FAIL when
 * mean diff / mean baseline exceeds the threshold and is significant; a retry adds one pair until
 * significant.
 *
 * <p>Usage: {@code GateSimulation [runsPerCell] [seed]}; defaults 4000 and 42.
 */
public final class GateSimulation {
    private static final double ALPHA = 0.05;
    private static final double BASE_MS = 100.0;

    private final int runs;
    private final long seed;

    private GateSimulation(int runs, long seed) {
        this.runs = runs;
        this.seed = seed;
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        GateSimulation sim = new GateSimulation(runs, seed);
        System.out.printf(Locale.ROOT, "runs per cell: %d, seed: %d, alpha: %.2f%n%n", runs, seed, ALPHA);
        sim.falseAlarms();
        sim.power();
        sim.orderEffect();
    }

    /** Which command runs first in each pair. */
    private enum Order { BASELINE_FIRST, BALANCED_SHUFFLED }

    /** One simulated scenario: noise, true change, first-position advantage, order. */
    private record Scenario(double cv, double trueChange, double firstPositionFactor, Order order) {
        double sigma() {
            return Math.sqrt(Math.log1p(cv * cv)); // lognormal with this coefficient of variation
        }
    }

    /** Pairs drawn up front so that both rules see exactly the same data. */
    private record Pairs(double[] baseline, double[] current, boolean[] baselineFirst) {
    }

    private Pairs draw(SplittableRandom random, Scenario s, int count) {
        double[] b = new double[count];
        double[] c = new double[count];
        boolean[] first = new boolean[count];
        for (int i = 0; i < count; i += 2) {
            // Balanced in every block of two pairs (one of each order, shuffled), so every look is balanced.
            boolean firstOfBlock = s.order() == Order.BASELINE_FIRST || random.nextBoolean();
            first[i] = firstOfBlock;
            if (i + 1 < count) {
                first[i + 1] = s.order() == Order.BASELINE_FIRST || !firstOfBlock;
            }
        }
        for (int i = 0; i < count; i++) {
            double sigma = s.sigma();
            // Median-unbiased lognormal noise around the true times.
            b[i] = BASE_MS * Math.exp(sigma * random.nextGaussian());
            c[i] = BASE_MS * (1.0 + s.trueChange()) * Math.exp(sigma * random.nextGaussian());
            if (first[i]) {
                b[i] *= s.firstPositionFactor();
            } else {
                c[i] *= s.firstPositionFactor();
            }
        }
        return new Pairs(b, c, first);
    }

    private static int pairsAfterRetries(int n, int retries) {
        int total = n;
        for (int k = 1; k <= retries; k++) {
            total += (int) Math.ceil(1.5 * k);
        }
        return total;
    }

    /** Our rule with planned looks; returns the final status. */
    private static VerdictStatus ours(Pairs p, int n, int retries, double thresholdPct) {
        double alpha = AlphaSpending.alphaPerLook(ALPHA, retries + 1);
        int used = n;
        for (int look = 0; ; look++) {
            GateDecision g = VerdictRule.decide(PairedAnalyzer.analyze("wall time",
                    java.util.Arrays.copyOf(p.baseline(), used), java.util.Arrays.copyOf(p.current(), used),
                    java.util.Arrays.copyOf(p.baselineFirst(), used), alpha), thresholdPct);
            if (g.status() != VerdictStatus.INCONCLUSIVE || look == retries) {
                return g.status();
            }
            used += (int) Math.ceil(1.5 * (look + 1));
        }
    }

    /** Upstream's rule; true when it fails the build. */
    private static boolean upstreamFails(Pairs p, int n, int retries, double thresholdPct) {
        int used = n;
        for (int retry = 0; ; retry++) {
            double meanDiff = 0;
            double meanBaseline = 0;
            for (int i = 0; i < used; i++) {
                meanDiff += p.current()[i] - p.baseline()[i];
                meanBaseline += p.baseline()[i];
            }
            meanDiff /= used;
            meanBaseline /= used;
            double ss = 0;
            for (int i = 0; i < used; i++) {
                double dev = p.current()[i] - p.baseline()[i] - meanDiff;
                ss += dev * dev;
            }
            double populationSd = Math.sqrt(ss / used);
            double t = used >= 30 ? 1.96 : 2.0;
            double half = t * populationSd / Math.sqrt(used);
            boolean significant = used >= 3 && (meanDiff - half > 0 || meanDiff + half < 0);
            if (significant || retry == retries) {
                return significant && meanDiff / meanBaseline > thresholdPct / 100.0;
            }
            used += 1;
        }
    }

    /** Counts of outcomes for one cell. */
    private static final class Tally {
        int oursFail;
        int oursPass;
        int upstreamFail;
        int total;
    }

    private Tally simulate(Scenario s, int n, int retries, double thresholdPct, long cellSeed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + cellSeed);
        int maxPairs = Math.max(pairsAfterRetries(n, retries), n + retries);
        Tally t = new Tally();
        for (int r = 0; r < runs; r++) {
            Pairs p = draw(random, s, maxPairs);
            VerdictStatus status = ours(p, n, retries, thresholdPct);
            t.oursFail += status == VerdictStatus.FAIL ? 1 : 0;
            t.oursPass += status == VerdictStatus.PASS ? 1 : 0;
            t.upstreamFail += upstreamFails(p, n, retries, thresholdPct) ? 1 : 0;
            t.total++;
        }
        return t;
    }

    private void falseAlarms() {
        System.out.println("A/A false FAIL rate (identical commands, balanced shuffled order), % [95% upper bound]");
        System.out.println("| CV  |  n | retries | thr | ours FAIL        | upstream FAIL    | ours PASS | ours INCONCL |");
        System.out.println("|-----|----|---------|-----|------------------|------------------|-----------|--------------|");
        long cell = 0;
        for (double thr : new double[] {0.0, 5.0}) {
            for (double cv : new double[] {0.02, 0.10, 0.30}) {
                for (int n : new int[] {3, 5, 10, 30}) {
                    for (int retries : new int[] {0, 3}) {
                        Tally t = simulate(new Scenario(cv, 0.0, 1.0, Order.BALANCED_SHUFFLED), n, retries, thr, cell++);
                        System.out.printf(Locale.ROOT, "| %2.0f%% | %2d | %7d | %2.0f%% | %s | %s | %8.1f%% | %11.1f%% |%n",
                                cv * 100, n, retries, thr, rate(t.oursFail, t.total), rate(t.upstreamFail, t.total),
                                100.0 * t.oursPass / t.total,
                                100.0 * (t.total - t.oursPass - t.oursFail) / t.total);
                    }
                }
            }
        }
        System.out.println();
    }

    private void power() {
        System.out.println("Power: true 5% slowdown, CV 5%, 20 pairs, threshold 2%, no retries (target >= 80% FAIL)");
        Tally t = simulate(new Scenario(0.05, 0.05, 1.0, Order.BALANCED_SHUFFLED), 20, 0, 2.0, 10_000);
        System.out.println("| rule     | FAIL rate        |");
        System.out.println("|----------|------------------|");
        System.out.printf(Locale.ROOT, "| ours     | %s |%n", rate(t.oursFail, t.total));
        System.out.printf(Locale.ROOT, "| upstream | %s |%n", rate(t.upstreamFail, t.total));
        System.out.println();
    }

    private void orderEffect() {
        System.out.println("First position 3% faster, no true change, CV 5%: false FAIL rate by order, % [95% upper bound]");
        System.out.println("| order             |  n | thr | ours FAIL        | upstream FAIL    |");
        System.out.println("|-------------------|----|-----|------------------|------------------|");
        long cell = 20_000;
        for (Order order : Order.values()) {
            for (int n : new int[] {10, 30}) {
                for (double thr : new double[] {0.0, 2.0, 5.0}) {
                    Tally t = simulate(new Scenario(0.05, 0.0, 0.97, order), n, 0, thr, cell++);
                    System.out.printf(Locale.ROOT, "| %-17s | %2d | %2.0f%% | %s | %s |%n", order, n, thr,
                            rate(t.oursFail, t.total), rate(t.upstreamFail, t.total));
                }
            }
        }
        System.out.println();
    }

    /** "x.x% [y.y%]": the rate and its Clopper-Pearson one-sided-at-97.5% (two-sided 95%) upper bound. */
    private static String rate(int events, int total) {
        double upper = events == total ? 1.0
                : new BetaDistribution(events + 1, total - events).inverseCumulativeProbability(0.975);
        return String.format(Locale.ROOT, "%5.1f%% [%5.1f%%]", 100.0 * events / total, 100.0 * upper);
    }
}
