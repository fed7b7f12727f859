package dev.perfgate.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JDK's terse "Cannot run program ...: error=2, No such file or directory" into a reason a
 * user can act on.
 */
public final class StartFailureReason {

    /** The JDK reports the failing errno as {@code error=N} in the message of the IOException. */
    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int ENOEXEC = 8;

    private StartFailureReason() {}

    /**
     * Why the working directory makes the command impossible to start, or empty when it is fine.
     * Checked before starting, because the JDK's message blames the program for a missing directory.
     */
    public static Optional<String> workingDirectoryProblem(Path workingDirectory) {
        if (workingDirectory == null || Files.isDirectory(workingDirectory)) {
            return Optional.empty();
        }
        if (Files.exists(workingDirectory)) {
            return Optional.of("working directory " + workingDirectory + " is not a directory");
        }
        return Optional.of("working directory " + workingDirectory + " does not exist");
    }

    /** A reason for an IOException thrown by {@link ProcessBuilder#start()} for {@code argv}. */
    static String describe(List<String> argv, IOException failure) {
        String message = String.valueOf(failure.getMessage());
        Matcher errno = ERRNO.matcher(message);
        int code = errno.find() ? Integer.parseInt(errno.group(1)) : -1;
        return forErrno(argv, code).orElse(message);
    }

    /**
     * A reason for the errno that starting {@code argv} failed with, worded the same for every runner, or
     * empty for an errno without a better explanation than the C library's.
     */
    public static Optional<String> forErrno(List<String> argv, int code) {
        String program = argv.get(0);
        boolean searchedOnPath = !program.contains("/") && !program.contains("\\");
        switch (code) {
            case ENOENT:
                return Optional.of(
                        searchedOnPath
                                ? "no such file or directory — is '" + program + "' on the PATH?"
                                : "no such file or directory: " + program);
            case EACCES:
                return Optional.of("permission denied — is '" + program + "' an executable file?");
            case ENOEXEC:
                return Optional.of("exec format error — '" + program + "' is not a program this system can run"
                        + " (a script without a #! line?)");
            default:
                return Optional.empty();
        }
    }
}
