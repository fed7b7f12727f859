package dev.perfgate.paired;

import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.InFlightRuns;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.RunResult;
import java.util.concurrent.CancellationException;

/**
 * Whether the build is being stopped: the JVM shutting down (Ctrl-C, SIGTERM, a CI job's time limit; its hook
 * kills the runs in flight) or the build's thread interrupted. Once it is, no new run starts and a pair cut short
 * is not kept.
 */
final class InterruptedRuns {

    private InterruptedRuns() {}

    static boolean shuttingDown() {
        return InFlightRuns.shuttingDown();
    }

    static boolean cancelled() {
        return Thread.currentThread().isInterrupted() || shuttingDown();
    }

    static void stopIfCancelled() {
        if (cancelled()) {
            throw new CancellationException("the build was interrupted; no further run starts");
        }
    }

    /**
     * Runs one command. A run the stop killed may end in any error of the runner (its capture files deleted under
     * it, say): while the build is being stopped, that is the stop, not a failure of the command.
     */
    static RunResult run(ProcessRunner runner, CommandSpec spec) throws CommandStartException {
        try {
            return runner.run(spec);
        } catch (RuntimeException | CommandStartException e) {
            if (cancelled() && !(e instanceof CancellationException)) {
                CancellationException stopped = new CancellationException("the build was interrupted during a run");
                stopped.initCause(e);
                throw stopped;
            }
            throw e;
        }
    }

    /** In the receipt's words ({@code run.interrupted.reason}). */
    static String reason() {
        return shuttingDown()
                ? "stopped by a signal: Ctrl-C, SIGTERM or a CI time limit"
                : "the build's thread was interrupted";
    }
}
