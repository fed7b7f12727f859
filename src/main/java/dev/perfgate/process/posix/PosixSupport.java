package dev.perfgate.process.posix;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the POSIX runner can work here: Linux or macOS, 64-bit, JNA loadable, and a C library with every
 * function it calls, {@code posix_spawn_file_actions_addchdir_np} (glibc 2.29+, macOS 10.15+) included.
 * Checked once; the reason is kept so that forcing the runner can say why it is unavailable.
 */
final class PosixSupport {

    private static final String[] REQUIRED = {
        "posix_spawnp",
        "posix_spawn_file_actions_init",
        "posix_spawn_file_actions_addopen",
        "posix_spawn_file_actions_addchdir_np",
        "posix_spawnattr_setpgroup",
        "waitid",
        "wait4",
        "kill",
        "syscall",
    };

    private static final Optional<String> UNAVAILABLE_REASON = check();

    private PosixSupport() {}

    static Optional<String> unavailableReason() {
        return UNAVAILABLE_REASON;
    }

    static boolean isAvailable() {
        return UNAVAILABLE_REASON.isEmpty();
    }

    private static Optional<String> check() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux") && !os.startsWith("mac")) {
            return Optional.of("it supports Linux and macOS only, this is " + System.getProperty("os.name"));
        }
        try {
            return checkNative();
        } catch (LinkageError | RuntimeException e) {
            return Optional.of("JNA could not load the C library: " + e);
        }
    }

    private static Optional<String> checkNative() {
        if (Native.POINTER_SIZE != 8 || Native.LONG_SIZE != 8) {
            return Optional.of("it needs a 64-bit JVM");
        }
        NativeLibrary libc = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
        for (String function : REQUIRED) {
            try {
                libc.getFunction(function);
            } catch (UnsatisfiedLinkError missing) {
                String hint = function.endsWith("_np") ? " (needs glibc 2.29+ or macOS 10.15+)" : "";
                return Optional.of("the C library has no " + function + hint);
            }
        }
        try {
            // Link every function of LibC now, so that a missing one shows here and not in the middle of a run.
            Class.forName(LibC.class.getName(), true, LibC.class.getClassLoader());
        } catch (ClassNotFoundException | ExceptionInInitializerError e) {
            return Optional.of("JNA could not bind the C library: " + e);
        }
        return Optional.empty();
    }
}
