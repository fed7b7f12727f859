package dev.perfgate.process;

import dev.perfgate.PerfgateException;
import java.util.List;

/** A command could not be started at all (not found, not executable, bad working directory). */
public final class CommandStartException extends PerfgateException {
    private static final long serialVersionUID = 1L;

    private final String side;
    private final List<String> argv;

    public CommandStartException(String side, List<String> argv, String reason, Throwable cause) {
        super("cannot start the " + side + " command " + argv + ": " + reason, cause);
        this.side = side;
        this.argv = List.copyOf(argv);
    }

    /** "baseline" or "current": the side whose command failed to start. */
    public String side() {
        return side;
    }

    public List<String> argv() {
        return argv;
    }
}
