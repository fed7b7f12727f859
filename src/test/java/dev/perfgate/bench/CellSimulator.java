package dev.perfgate.bench;

import dev.perfgate.paired.HookFailedException;
import dev.perfgate.paired.PairedRunListener;
import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.paired.PairedRunUseCase;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.RunResult;
import dev.perfgate.receipt.HostInfo;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.ToolInfo;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs one table cell: many paired runs through the real {@link PairedRunUseCase} on a
 * {@link LognormalRunner}, each judged by our rule (the receipt's verdict) and by upstream's rule on the
 * same pairs. Everything is drawn from one generator seeded per cell, so a cell is reproducible.
 */
final class CellSimulator {
    private static final HostInfo HOST = new HostInfo("linux", "x86_64", null, null, null);
    private static final ToolInfo TOOL = new ToolInfo("perfgate-maven-plugin", "gate-simulation");

    private CellSimulator() {}

    static Tally simulate(Scenario scenario, Gate gate, int runs, long cellSeed) {
        SplittableRandom random = new SplittableRandom(cellSeed);
        LognormalRunner runner = new LognormalRunner(scenario, random.split());
        PairedRunUseCase useCase = new PairedRunUseCase(
                runner,
                includeHash -> HOST,
                () -> "2024-01-01T00:00:00Z",
                TOOL,
                PairedRunListener.NONE,
                () -> "gate-simulation");
        Tally tally = new Tally();
        for (int r = 0; r < runs; r++) {
            PairedRunOutcome outcome = execute(useCase, gate, scenario, random.nextLong());
            tally.ours(outcome.receipt().verdict().status());
            tally.pairs(outcome.receipt().measuredSamples().size());
            double[][] pairs = upstreamPairs(outcome.receipt().measuredSamples(), runner, gate.upstreamPairs());
            tally.upstreamFail +=
                    UpstreamRule.fails(pairs[0], pairs[1], gate.upstreamPairs(), 0, gate.thresholdPct()) ? 1 : 0;
            tally.total++;
        }
        return tally;
    }

    private static PairedRunOutcome execute(PairedRunUseCase useCase, Gate gate, Scenario scenario, long seed) {
        try {
            return useCase.execute(gate.request(scenario.order(), seed));
        } catch (InvalidConfigurationException | CommandStartException | HookFailedException e) {
            throw new IllegalStateException("the simulated run could not execute", e);
        }
    }

    /**
     * {baseline[], current[]} for upstream's rule: the pairs our run measured, in execution order, then,
     * when upstream's one-pair retries could need more than ours ran, further pairs from the same fake
     * runner, baseline first as upstream always runs them. They are drawn up to the most upstream could
     * use, whether or not it stops early: unused draws change no figure, only the generator's position.
     */
    private static double[][] upstreamPairs(List<PairedSample> measured, LognormalRunner runner, int count) {
        double[][] pairs = new double[2][count];
        for (int i = 0; i < count; i++) {
            if (i < measured.size()) {
                pairs[0][i] = measured.get(i).baseline().wallNs();
                pairs[1][i] = measured.get(i).current().wallNs();
            } else {
                RunResult baseline = runner.run(LognormalRunner.BASELINE);
                RunResult current = runner.run(LognormalRunner.CURRENT);
                pairs[0][i] = baseline.wallNanos();
                pairs[1][i] = current.wallNanos();
            }
        }
        return pairs;
    }
}
