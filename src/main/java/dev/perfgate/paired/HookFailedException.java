package dev.perfgate.paired;

import dev.perfgate.PerfgateException;

/**
 * A setup, prepare, conclude or cleanup command failed (exit code, timeout, signal) or could not start, before
 * any pair was complete: there is no receipt to write. Once pairs are complete, a failed command is an outcome
 * instead: its receipt holds them and the build fails with this message.
 */
public final class HookFailedException extends PerfgateException {
    private static final long serialVersionUID = 1L;

    public HookFailedException(String message) {
        super(message);
    }
}
