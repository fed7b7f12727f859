package dev.perfgate.process.posix;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The few C library functions the POSIX runner calls, bound by JNA direct mapping (cheaper per call
 * than interface proxies). Only touch this class after {@link PosixSupport#isAvailable()} said yes:
 * its static initializer links every function and throws if one is missing.
 *
 * <p>The opaque {@code posix_spawn_file_actions_t}, {@code posix_spawnattr_t} and {@code sigset_t}
 * differ in size per platform (a pointer on macOS, structs of 80, 336 and 128 bytes on glibc), so callers
 * pass generously sized {@link com.sun.jna.Memory} blocks instead of mapped structures.
 */
final class LibC {

    static final NativeLibrary LIBRARY = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);

    static {
        Native.register(LibC.class, LIBRARY);
    }

    private LibC() {}

    static native int posix_spawnp(
            int[] pid, byte[] file, Pointer fileActions, Pointer attr, Pointer argv, Pointer envp);

    static native int posix_spawn_file_actions_init(Pointer fileActions);

    static native int posix_spawn_file_actions_destroy(Pointer fileActions);

    static native int posix_spawn_file_actions_addopen(Pointer fileActions, int fd, byte[] path, int oflag, int mode);

    static native int posix_spawn_file_actions_addchdir_np(Pointer fileActions, byte[] path);

    static native int posix_spawnattr_init(Pointer attr);

    static native int posix_spawnattr_setflags(Pointer attr, short flags);

    static native int posix_spawnattr_setpgroup(Pointer attr, int pgroup);

    static native int posix_spawnattr_setsigmask(Pointer attr, Pointer sigmask);

    static native int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigdefault);

    static native int sigemptyset(Pointer set);

    static native int sigfillset(Pointer set);

    static native int sigdelset(Pointer set, int signal);

    static native int waitid(int idType, int id, Pointer info, int options);

    static native int wait4(int pid, int[] status, int options, Pointer rusage);

    static native int kill(int pid, int signal);

    static native String strerror(int errno);

    static native int poll(Pointer fds, long nfds, int timeoutMillis);

    static native int close(int fd);

    /**
     * {@code syscall(number, a, b)}, for {@code pidfd_open} (Linux 5.3+), which older C libraries do not wrap.
     * Direct-mapped although variadic: on Linux's 64-bit ABIs integer arguments of a variadic call travel as
     * a fixed call's do, and a direct call costs about 0.5 µs inside the timed window, a
     * {@link Function#invoke} about 3 µs ({@code bench/runners.sh pieces}). Never called on macOS.
     */
    static native long syscall(long number, long first, long second);

    /**
     * {@code posix_spawn_file_actions_addclosefrom_np} (glibc 2.34+), or {@code null}: optional, so it is
     * looked up here rather than registered, which would make the whole class fail to link without it.
     */
    static final Function ADD_CLOSEFROM = optionalFunction("posix_spawn_file_actions_addclosefrom_np");

    /** {@code gettid} (glibc 2.30+), or {@code null}. */
    static final Function GETTID = optionalFunction("gettid");

    /** {@code setpriority(which, who, prio)}: on Linux, with PRIO_PROCESS and a thread id, one thread's nice. */
    static final Function SETPRIORITY = optionalFunction("setpriority");

    private static Function optionalFunction(String name) {
        try {
            return LIBRARY.getFunction(name);
        } catch (UnsatisfiedLinkError missing) {
            return null;
        }
    }
}
