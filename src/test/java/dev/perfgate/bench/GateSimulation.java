package dev.perfgate.bench;

import dev.perfgate.paired.PairOrder;
import java.util.Locale;

/**
 * False-FAIL rates (A/A: both commands identical), power (a true slowdown) and the effect of a
 * first-position advantage, for the plugin's gate as the real {@code PairedRunUseCase} applies it to
 * runs from a fake lognormal {@link LognormalRunner}, beside the Rust original's rule
 * ({@link UpstreamRule}) on the same pairs. Every rate comes with its Clopper-Pearson 95% upper bound.
 * Seeded: the same arguments print the same tables. Not a test: it never fails on the figures.
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
                Ours = the receipt's verdict. Upstream = the Rust original's rule on the same measured pairs,
                its one-pair retries continuing with further pairs from the same fake runner (baseline first).
                runs per cell: %d, seed: %d%n%n""", runs, seed);
        GateSimulation sim = new GateSimulation(runs, seed);
        sim.falseAlarms();
        sim.power();
        sim.orderEffect();
        System.out.printf(Locale.ROOT, "benchmark wall time: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private Tally simulate(Scenario scenario, Gate gate, long cell) {
        return CellSimulator.simulate(scenario, gate, runs, seed * 1_000_003L + cell);
    }

    private void falseAlarms() {
        System.out.println("A/A false FAIL rate (identical commands, order random), % [95% upper bound]");
        System.out.println("| CV  |  n | retries | thr | ours FAIL        | upstream FAIL    | ours PASS | ours INCONCL |");
        System.out.println("|-----|----|---------|-----|------------------|------------------|-----------|--------------|");
        long cell = 0;
        for (double thr : new double[] {0.0, 5.0}) {
            for (double cv : new double[] {0.02, 0.10, 0.30}) {
                for (int n : new int[] {3, 5, 10, 30}) {
                    for (int retries : new int[] {0, 3}) {
                        Tally t = simulate(Scenario.aa(cv), new Gate(n, retries, thr), cell++);
                        System.out.printf(Locale.ROOT, "| %2.0f%% | %2d | %7d | %2.0f%% | %s | %s | %8.1f%% | %11.1f%% |%n",
                                cv * 100, n, retries, thr, t.rate(t.oursFail), t.rate(t.upstreamFail),
                                t.percent(t.oursPass), t.percent(t.oursInconclusive));
                    }
                }
            }
        }
        System.out.println();
    }

    private void power() {
        System.out.println("Power: true 5% slowdown, CV 5%, 20 pairs, threshold 2%, no retries (target >= 80% FAIL)");
        Tally t = simulate(new Scenario(0.05, 0.05, 1.0, PairOrder.RANDOM), new Gate(20, 0, 2.0), 10_000);
        System.out.println("| rule     | FAIL rate        |");
        System.out.println("|----------|------------------|");
        System.out.printf(Locale.ROOT, "| ours     | %s |%n", t.rate(t.oursFail));
        System.out.printf(Locale.ROOT, "| upstream | %s |%n", t.rate(t.upstreamFail));
        System.out.println();
    }

    private void orderEffect() {
        System.out.println("First position 3% faster, no true change, CV 5%: false FAIL rate by order, % [95% upper bound]");
        System.out.println("| order          |  n | thr | ours FAIL        | upstream FAIL    |");
        System.out.println("|----------------|----|-----|------------------|------------------|");
        long cell = 20_000;
        for (PairOrder order : new PairOrder[] {PairOrder.BASELINE_FIRST, PairOrder.RANDOM}) {
            for (int n : new int[] {10, 30}) {
                for (double thr : new double[] {0.0, 2.0, 5.0}) {
                    Tally t = simulate(new Scenario(0.05, 0.0, 0.97, order), new Gate(n, 0, thr), cell++);
                    System.out.printf(Locale.ROOT, "| %-14s | %2d | %2.0f%% | %s | %s |%n", order.configName(), n, thr,
                            t.rate(t.oursFail), t.rate(t.upstreamFail));
                }
            }
        }
        System.out.println();
    }
}
