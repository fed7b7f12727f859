package dev.perfgate.process;

import java.util.EnumSet;
import java.util.Set;

/** Runs one command to completion (or timeout) and measures it. A port of the paired use case. */
public interface ProcessRunner {

    /** Short identifier recorded in the receipt, e.g. {@code "jdk"} or {@code "posix"}. */
    String name();

    /**
     * The figures this runner reports for every run it can measure (a very short run may still lack a
     * sampled peak). A gate on anything else cannot be evaluated, which is known before running.
     */
    default Set<Measurement> measures() {
        return EnumSet.allOf(Measurement.class);
    }

    /**
     * Runs the command, waits for it (killing its whole process tree on timeout) and reports what it
     * measured. A nonzero exit or a timeout is a result, not an exception.
     *
     * @throws CommandStartException when the command cannot be started at all
     */
    RunResult run(CommandSpec spec) throws CommandStartException;
}
