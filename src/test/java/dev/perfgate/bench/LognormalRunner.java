package dev.perfgate.bench;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fake {@link ProcessRunner} that starts nothing: each call returns a lognormal wall time around
 * 100 ms, times the scenario's true change for the current side, times the first-position factor for
 * the first run of a pair. It tells first from second by counting calls, which holds because the use
 * case runs the two sides of a pair back to back (and the benchmark asks for no warmup pairs, which are
 * pairs too); it checks that every pair really has one run of each side, so a change of that protocol
 * stops the benchmark instead of silently mislabelling positions.
 */
final class LognormalRunner implements ProcessRunner {
    static final CommandSpec BASELINE = spec("baseline");
    static final CommandSpec CURRENT = spec("current");

    private static final double BASE_NANOS = 100e6;

    private final Scenario scenario;
    private final SplittableRandom random;
    private long calls;
    private String firstSide;

    LognormalRunner(Scenario scenario, SplittableRandom random) {
        this.scenario = scenario;
        this.random = random;
    }

    @Override
    public String name() {
        return "lognormal-fake";
    }

    @Override
    public RunResult run(CommandSpec spec) {
        boolean first = calls++ % 2 == 0;
        boolean current = spec.side().equals("current");
        if (first) {
            firstSide = spec.side();
        } else if (spec.side().equals(firstSide)) {
            throw new IllegalStateException("a pair ran " + firstSide + " twice: positions would be wrong");
        }
        // Median-unbiased lognormal noise around the true time.
        double wall = BASE_NANOS * Math.exp(scenario.sigma() * random.nextGaussian());
        wall *= current ? 1.0 + scenario.trueChange() : 1.0;
        wall *= first ? scenario.firstPositionFactor() : 1.0;
        return new RunResult(Math.round(wall), 0, false, new byte[0], new byte[0], null, null);
    }

    private static CommandSpec spec(String side) {
        return new CommandSpec(side, List.of("true"), null, null, null, 0);
    }
}
