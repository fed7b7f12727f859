package dev.perfgate.process.posix;

import com.sun.jna.Platform;

/** The numeric values the runner needs that differ between Linux (glibc) and macOS. */
final class PosixConstants {

    static final boolean MAC = Platform.isMac();

    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_CREAT = MAC ? 0x200 : 0x40;

    static final short POSIX_SPAWN_SETPGROUP = 0x02;
    static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    /** macOS only: every descriptor not named by a file action is closed in the child. */
    static final short POSIX_SPAWN_CLOEXEC_DEFAULT = 0x4000;

    static final int P_PID = 1;
    static final int WEXITED = 0x04;
    static final int WNOWAIT = MAC ? 0x20 : 0x01000000;

    static final int SIGKILL = 9;
    static final int SIGTERM = 15;
    static final int SIGSTOP = MAC ? 17 : 19;

    static final int EINTR = 4;

    /** Bytes reserved for each opaque spawn structure; the largest real one (glibc's attr) is 336. */
    static final int OPAQUE_STRUCT_BYTES = 1024;
    /** Bytes reserved for a sigset_t (128 on glibc, 4 on macOS). */
    static final int SIGSET_BYTES = 256;
    /** Bytes reserved for a siginfo_t (128 on Linux, 104 on macOS). */
    static final int SIGINFO_BYTES = 256;
    /** Bytes of struct rusage on 64-bit Linux and macOS: two timevals and fourteen longs. */
    static final int RUSAGE_BYTES = 144;

    private PosixConstants() {}
}
