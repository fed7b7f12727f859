package dev.perfgate.process.posix;

/** Decodes a wait status word; the encoding is the same on Linux and macOS. */
final class WaitStatus {

    private WaitStatus() {}

    /** The exit status of a process that exited, the signal number of one killed by a signal, else -1. */
    static int exitCode(int status) {
        int low = status & 0x7f;
        if (low == 0) {
            return (status >> 8) & 0xff;
        }
        if (low != 0x7f) {
            return low;
        }
        return -1; // stopped, not terminated: wait4 without WUNTRACED never reports this
    }

    /** The number of the signal that killed the process, or {@code null} when it exited. */
    static Integer signal(int status) {
        int low = status & 0x7f;
        return low != 0 && low != 0x7f ? low : null;
    }
}
