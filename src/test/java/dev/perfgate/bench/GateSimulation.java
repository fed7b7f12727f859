package dev.perfgate.bench;

import dev.perfgate.paired.config.PairOrder;
import dev.perfgate.stats.AlphaSpending;
import dev.perfgate.stats.SequentialPlan;
import java.util.Arrays;
import java.util.Locale;

/**
 * The gate as the real {@code PairedRunUseCase} applies it to runs from a fake lognormal
 * {@link LognormalRunner}: the plugin's sequential design (defaults, only a threshold), the fixed design
 * it replaced before any release (one look at a 95% interval) and the Rust original's rule
 * ({@link UpstreamRule}) on the same pairs. The planned looks per pair budget, false FAIL rates, pairs to a
 * decision, power at a 20-pair budget, the spending functions the design was chosen from, and the effect
 * of a first-position advantage. Every rate comes with its
 * Clopper-Pearson 95% upper bound. Seeded: the same arguments print the same tables. Not a test: it
 * never fails on the figures.
 *
 * <p>Usage: {@code GateSimulation [runsPerCell] [seed]}; defaults 4000 and 42.
 */
public final class GateSimulation {
    private final int runs;
    private final long seed;

    private GateSimulation(int runs, long seed) {
        this.runs = runs;
        this.seed = seed;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        System.out.printf(Locale.ROOT, """
                Data: every run is a real dev.perfgate.paired.PairedRunUseCase execution (no warmup, alpha 0.05,
                per-run order seed) on a fake ProcessRunner that returns lognormal wall times around 100 ms.
                sequential = the plugin's defaults with only failOnRegression (and maxPairs where a cell says so);
                fixed 95%% = the plugin's first, unreleased design: one look at a 95%% interval after all the pairs;
                upstream = the Rust original's rule (mean ± 2.0 · population SD / √n, baseline first)
                on the same number of pairs.
                runs per cell: %d, seed: %d%n%n""", runs, seed);
        GateSimulation sim = new GateSimulation(runs, seed);
        lookPlans();
        sim.falseAlarms();
        sim.pairsToDecision();
        sim.power();
        sim.spendingChoice();
        sim.orderEffect();
        System.out.printf(Locale.ROOT, "benchmark wall time: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private Tally simulate(Scenario scenario, Gate gate, long cell) {
        return CellSimulator.simulate(scenario, gate, runs, seed * 1_000_003L + cell);
    }

    private void falseAlarms() {
        System.out.println("A/A false FAIL rate (identical commands, order random), % [95% upper bound]");
        System.out.println(
                "| CV  | budget | thr | sequential FAIL  | fixed 95% FAIL   | upstream FAIL    | seq PASS | seq INCONCL | seq pairs median / p90 |");
        System.out.println(
                "|-----|--------|-----|------------------|------------------|------------------|----------|-------------|------------------------|");
        long cell = 0;
        for (double thr : new double[] {0.0, 5.0}) {
            for (double cv : new double[] {0.02, 0.10, 0.30}) {
                for (int budget : new int[] {30, 10}) {
                    Tally seq = simulate(Scenario.aa(cv), Gate.sequential(budget, thr), cell++);
                    Tally fixed = simulate(Scenario.aa(cv), Gate.fixed95(budget, thr), cell++);
                    System.out.printf(
                            Locale.ROOT,
                            "| %2.0f%% | %6d | %2.0f%% | %s | %s | %s | %7.1f%% | %10.1f%% | %10d / %d |%n",
                            cv * 100,
                            budget,
                            thr,
                            seq.rate(seq.oursFail),
                            fixed.rate(fixed.oursFail),
                            seq.rate(seq.upstreamFail),
                            seq.percent(seq.oursPass),
                            seq.percent(seq.oursInconclusive),
                            seq.pairsQuantile(0.5),
                            seq.pairsQuantile(0.9));
                }
            }
        }
        System.out.println();
    }

    private void pairsToDecision() {
        System.out.println("Pairs to a decision at CV 5%, threshold 5%, default budget (30 pairs)");
        System.out.println("| true change | FAIL   | PASS   | INCONCL | pairs median | pairs p90 |");
        System.out.println("|-------------|--------|--------|---------|--------------|-----------|");
        long cell = 1_000;
        for (double change : new double[] {0.20, 0.10, 0.0, -0.20}) {
            Tally t = simulate(new Scenario(0.05, change, 1.0, PairOrder.RANDOM), Gate.sequential(30, 5.0), cell++);
            System.out.printf(
                    Locale.ROOT,
                    "| %+10.0f%% | %5.1f%% | %5.1f%% | %6.1f%% | %12d | %9d |%n",
                    change * 100,
                    t.percent(t.oursFail),
                    t.percent(t.oursPass),
                    t.percent(t.oursInconclusive),
                    t.pairsQuantile(0.5),
                    t.pairsQuantile(0.9));
        }
        System.out.println();
    }

    /** The looks the default plan takes for several pair budgets: where the tables' look counts come from. */
    private static void lookPlans() {
        System.out.println("Planned looks at alpha 0.05 (linear spending), by pair budget maxPairs");
        System.out.println("| maxPairs | measured pairs at each look | two-sided level of each look   |");
        System.out.println("|----------|-----------------------------|--------------------------------|");
        for (int maxPairs : new int[] {10, 20, 30, 60, 100}) {
            SequentialPlan plan = SequentialPlan.of(0.05, AlphaSpending.DEFAULT, 1, maxPairs, Integer.MAX_VALUE);
            StringBuilder levels = new StringBuilder();
            for (double level : plan.alphas()) {
                levels.append(levels.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", level));
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %8d | %-27s | %-30s |%n",
                    maxPairs,
                    Arrays.toString(plan.looks()).replaceAll("[\\[\\]]", ""),
                    levels);
        }
        System.out.println();
    }

    private void power() {
        System.out.println("Power: true 5% slowdown, CV 5%, threshold 2%, a budget of 20 pairs (FAIL rate)");
        Scenario slower = new Scenario(0.05, 0.05, 1.0, PairOrder.RANDOM);
        Tally seq = simulate(slower, Gate.sequential(20, 2.0), 10_000);
        Tally fixed = simulate(slower, Gate.fixed95(20, 2.0), 10_001);
        System.out.println("| design                 | FAIL rate        | pairs median |");
        System.out.println("|------------------------|------------------|--------------|");
        System.out.printf(
                Locale.ROOT,
                "| sequential (≤ 20)      | %s | %12d |%n",
                seq.rate(seq.oursFail),
                seq.pairsQuantile(0.5));
        System.out.printf(Locale.ROOT, "| fixed 95%% (20)        | %s | %12d |%n", fixed.rate(fixed.oursFail), 20);
        System.out.printf(Locale.ROOT, "| upstream (20)          | %s | %12d |%n", seq.rate(seq.upstreamFail), 20);
        System.out.println();
    }

    private void spendingChoice() {
        System.out.println("Spending functions (looks for a budget of 30): what the default was chosen on");
        System.out.println(
                "| spending       | +20% FAIL median pairs | A/A PASS median / p90 | power at 20 | A/A thr 0 CV 10% false FAIL |");
        System.out.println(
                "|----------------|------------------------|-----------------------|-------------|-----------------------------|");
        long cell = 15_000;
        for (AlphaSpending spending : AlphaSpending.values()) {
            Tally big = simulate(
                    new Scenario(0.05, 0.20, 1.0, PairOrder.RANDOM),
                    Gate.sequential(30, 5.0).withSpending(spending),
                    cell++);
            Tally aa = simulate(Scenario.aa(0.05), Gate.sequential(30, 5.0).withSpending(spending), cell++);
            Tally pow = simulate(
                    new Scenario(0.05, 0.05, 1.0, PairOrder.RANDOM),
                    Gate.sequential(20, 2.0).withSpending(spending),
                    cell++);
            Tally fa = simulate(Scenario.aa(0.10), Gate.sequential(30, 0.0).withSpending(spending), cell++);
            System.out.printf(
                    Locale.ROOT,
                    "| %-14s | %22d | %14d / %4d | %10.1f%% | %s |%n",
                    spending.configName(),
                    big.pairsQuantile(0.5),
                    aa.pairsQuantile(0.5),
                    aa.pairsQuantile(0.9),
                    pow.percent(pow.oursFail),
                    fa.rate(fa.oursFail));
        }
        System.out.println();
    }

    private void orderEffect() {
        System.out.println(
                "First position 3% faster, no true change, CV 5%: false FAIL rate by order, % [95% upper bound]");
        System.out.println("| order          | budget | thr | sequential FAIL  | upstream FAIL    |");
        System.out.println("|----------------|--------|-----|------------------|------------------|");
        long cell = 20_000;
        for (PairOrder order : new PairOrder[] {PairOrder.BASELINE_FIRST, PairOrder.RANDOM}) {
            for (double thr : new double[] {0.0, 2.0}) {
                Tally t = simulate(new Scenario(0.05, 0.0, 0.97, order), Gate.sequential(30, thr), cell++);
                System.out.printf(
                        Locale.ROOT,
                        "| %-14s | %6d | %2.0f%% | %s | %s |%n",
                        order.configName(),
                        30,
                        thr,
                        t.rate(t.oursFail),
                        t.rate(t.upstreamFail));
            }
        }
        System.out.println();
    }
}
