package dev.perfgate.process.choice;

import dev.perfgate.process.JdkProcessRunner;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.posix.PosixProcessRunner;
import java.util.Optional;

/**
 * Chooses the process runner: {@code auto} (the default) takes the POSIX runner where it works (Linux and
 * macOS with JNA and a C library that has {@code posix_spawn_file_actions_addchdir_np}) and the JDK runner
 * everywhere else; {@code posix} and {@code jdk} force one.
 */
public final class ProcessRunners {

    /** The value that lets the machine decide. */
    public static final String AUTO = "auto";

    public static final String POSIX = "posix";
    public static final String JDK = "jdk";

    private ProcessRunners() {}

    /**
     * @param mode {@code "auto"}, {@code "posix"} or {@code "jdk"}
     * @throws IllegalArgumentException for any other mode, or for {@code "posix"} where it cannot work
     *                                  (the message says why)
     */
    public static ProcessRunner select(String mode) {
        if (AUTO.equals(mode)) {
            return PosixProcessRunner.isAvailable() ? new PosixProcessRunner() : new JdkProcessRunner();
        }
        if (JDK.equals(mode)) {
            return new JdkProcessRunner();
        }
        if (POSIX.equals(mode)) {
            Optional<String> reason = PosixProcessRunner.unavailableReason();
            if (reason.isPresent()) {
                throw new IllegalArgumentException(
                        "runner posix is not available here: " + reason.get() + "; use auto or jdk");
            }
            return new PosixProcessRunner();
        }
        throw new IllegalArgumentException("runner must be auto, posix or jdk, got '" + mode + "'");
    }
}
