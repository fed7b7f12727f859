package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Commands run around the measured ones, never timed: {@code setup} once before the first pair, {@code cleanup}
 * once after the last (also after a failed run, a timeout or an interrupted build), {@code prepare} before every
 * run and {@code conclude} after every run, warmups included. A side's own prepare or conclude command replaces
 * the common one for that side. Each is an argv list, {@code null} when not configured. The request carries it
 * and the receipt records it as {@code config.hooks}.
 */
public record CommandHooks(
        List<String> setup,
        List<String> cleanup,
        List<String> prepare,
        List<String> baselinePrepare,
        List<String> currentPrepare,
        List<String> conclude,
        List<String> baselineConclude,
        List<String> currentConclude) {

    public static final CommandHooks NONE = new CommandHooks(null, null, null, null, null, null, null, null);

    public CommandHooks {
        setup = orNull(setup);
        cleanup = orNull(cleanup);
        prepare = orNull(prepare);
        baselinePrepare = orNull(baselinePrepare);
        currentPrepare = orNull(currentPrepare);
        conclude = orNull(conclude);
        baselineConclude = orNull(baselineConclude);
        currentConclude = orNull(currentConclude);
    }

    /** An empty list is no command: kept as {@code null}, so the receipt leaves it out. */
    private static List<String> orNull(List<String> argv) {
        return argv == null || argv.isEmpty() ? null : List.copyOf(argv);
    }

    /** The command before each run of {@code side} ({@code baseline} or {@code current}), or {@code null}. */
    public List<String> prepareFor(String side) {
        List<String> own = "baseline".equals(side) ? baselinePrepare : currentPrepare;
        return own != null ? own : prepare;
    }

    /** The command after each run of {@code side}, or {@code null}. */
    public List<String> concludeFor(String side) {
        List<String> own = "baseline".equals(side) ? baselineConclude : currentConclude;
        return own != null ? own : conclude;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }
}
