package dev.perfgate.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command to run, exactly as given: no implicit shell.
 *
 * @param side             "baseline" or "current"; used in error messages
 * @param argv             program and arguments; never empty
 * @param workingDirectory directory to run in, or {@code null} for the current one
 * @param environment      variables set over the inherited environment
 * @param timeout          kill the whole process tree after this long, or {@code null} for no limit
 * @param outputCapBytes   bytes of stdout and of stderr to keep (0 = keep all); the rest is drained
 */
public record CommandSpec(
        String side,
        List<String> argv,
        Path workingDirectory,
        Map<String, String> environment,
        Duration timeout,
        long outputCapBytes) {

    public CommandSpec {
        Objects.requireNonNull(side, "side");
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must not be empty");
        }
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        if (outputCapBytes < 0) {
            throw new IllegalArgumentException("outputCapBytes must be >= 0");
        }
    }

    /** This command with one more environment variable (e.g. the run's leftover-finding token). */
    public CommandSpec withVariable(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(environment);
        more.put(name, value);
        return new CommandSpec(side, argv, workingDirectory, more, timeout, outputCapBytes);
    }
}
