package dev.perfgate.testing;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.Measurement;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link ProcessRunner} that plays a script instead of starting processes, for every test that needs one:
 * the script turns each command into its result, the runner records what it was asked to run. It calls
 * itself {@code posix} (a runner name the receipt's schema allows) and measures everything unless told
 * otherwise.
 */
public final class FakeRunner implements ProcessRunner {

    /** What one command gives. */
    @FunctionalInterface
    public interface Script {
        RunResult run(CommandSpec spec) throws CommandStartException;
    }

    private final Script script;
    private final String name;
    private final Set<Measurement> measures;
    private final List<CommandSpec> specs = new ArrayList<>();

    private FakeRunner(Script script, String name, Set<Measurement> measures) {
        this.script = script;
        this.name = name;
        this.measures = measures;
    }

    public static FakeRunner of(Script script) {
        return new FakeRunner(script, "posix", EnumSet.allOf(Measurement.class));
    }

    /** The same script under another runner name. */
    public FakeRunner named(String runnerName) {
        return new FakeRunner(script, runnerName, measures);
    }

    /** The same script, telling the use case it measures only {@code measured}. */
    public FakeRunner measuring(Set<Measurement> measured) {
        return new FakeRunner(script, name, Set.copyOf(measured));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Measurement> measures() {
        return measures;
    }

    @Override
    public RunResult run(CommandSpec spec) throws CommandStartException {
        specs.add(spec);
        return script.run(spec);
    }

    /** Every command it was asked to run, in order. */
    public List<CommandSpec> specs() {
        return specs;
    }

    /** How many commands it was asked to run. */
    public int runs() {
        return specs.size();
    }
}
