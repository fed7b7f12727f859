package dev.perfgate.process;

import java.util.Locale;
import java.util.Optional;

/**
 * Names of the signals that end a process, so a failure reads "killed by SIGSEGV" rather than
 * "exit 11". Numbers 1-15 are the same on Linux and macOS except 7, 10 and 12.
 */
public final class Signals {

    private static final boolean MAC =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");

    private static final String[] COMMON = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", null, "SIGFPE", "SIGKILL", null, "SIGSEGV",
        null, "SIGPIPE", "SIGALRM", "SIGTERM"
    };

    private Signals() {}

    /** {@code SIGSEGV} for 11, or empty for a number this class does not know. */
    public static Optional<String> name(int signal) {
        if (signal == 7) {
            return Optional.of(MAC ? "SIGEMT" : "SIGBUS");
        }
        if (signal == 10) {
            return Optional.of(MAC ? "SIGBUS" : "SIGUSR1");
        }
        if (signal == 12) {
            return Optional.of(MAC ? "SIGSYS" : "SIGUSR2");
        }
        if (signal > 0 && signal < COMMON.length) {
            return Optional.ofNullable(COMMON[signal]);
        }
        return Optional.empty();
    }

    /** {@code SIGSEGV}, or {@code signal 40} for a number without a known name. */
    public static String describe(int signal) {
        return name(signal).orElse("signal " + signal);
    }
}
