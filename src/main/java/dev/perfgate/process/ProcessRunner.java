package dev.perfgate.process;

/** Runs one command to completion (or timeout) and measures it. A port of the paired use case. */
public interface ProcessRunner {

    /** Short identifier recorded in the receipt, e.g. {@code "jdk"} or {@code "posix"}. */
    String name();

    /**
     * Runs the command, waits for it (killing its whole process tree on timeout) and reports what it
     * measured. A nonzero exit or a timeout is a result, not an exception.
     *
     * @throws CommandStartException when the command cannot be started at all
     */
    RunResult run(CommandSpec spec) throws CommandStartException;
}
