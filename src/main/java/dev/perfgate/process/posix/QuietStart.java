package dev.perfgate.process.posix;

import com.sun.jna.Memory;
import com.sun.jna.Native;

/**
 * The first moments of a run with no other thread of ours awake: the waiting thread itself waits for the
 * exit on a pidfd for a short while, and only a command still running after that gets the RSS sampler and
 * the timeout watchdog (both on other threads).
 *
 * <p>Why: on small machines (measured on a 2-vCPU VM) anything our JVM does on the other CPU while the
 * command runs slows the command itself, not just the wall clock: a busy loop on the other vCPU made
 * {@code posix_spawn} + {@code /bin/true} 1.8x slower, and merely waking the sampler thread at spawn (to
 * arm its timer) added about 0.15-0.2 ms to a 1.9 ms run, with the command's own rusage CPU rising by
 * as much. Commands that exit within {@link #QUIET_MILLIS} therefore run undisturbed; the price is that
 * they get no sampled VmHWM (their peak is reported from rusage when that is exact, else omitted, never
 * guessed). Longer commands lose nothing: VmHWM is a high-water mark, so the first sample, taken when the
 * window ends, covers everything before it.
 */
final class QuietStart {

    /** How long a run is left alone before sampling and the watchdog start. */
    static final int QUIET_MILLIS = 2;

    private static final long SYS_PIDFD_OPEN = 434; // the same number on every Linux architecture
    private static final short POLLIN = 1;
    private static final ThreadLocal<Memory> POLL_FD = ThreadLocal.withInitial(() -> new Memory(8));

    private QuietStart() {}

    /** What {@link #exitNanos} returns when the command is still running (or pidfds are unavailable). */
    static final long STILL_RUNNING = Long.MIN_VALUE;

    /**
     * Waits up to {@code millis} for {@code pid} to exit, without reaping it, and returns the
     * {@link System#nanoTime()} read the moment the exit was seen (before anything else, so the timed window
     * holds no more than the wait). Returns {@link #STILL_RUNNING} when it is still running, and at once
     * where pidfds are unavailable (macOS, Linux before 5.3): the caller then starts sampling and the
     * watchdog right away, as before.
     */
    static long exitNanos(int pid, int millis) {
        if (PosixConstants.MAC || millis <= 0) {
            return STILL_RUNNING;
        }
        int fd = (int) LibC.syscall(SYS_PIDFD_OPEN, pid, 0L);
        if (fd < 0) {
            return STILL_RUNNING;
        }
        try {
            Memory pollFd = POLL_FD.get();
            pollFd.setInt(0, fd);
            pollFd.setShort(4, POLLIN);
            pollFd.setShort(6, (short) 0);
            long deadline = System.nanoTime() + millis * 1_000_000L;
            while (true) {
                long left = deadline - System.nanoTime();
                int rc = LibC.poll(pollFd, 1, (int) Math.max(0, (left + 999_999) / 1_000_000));
                if (rc > 0) {
                    return System.nanoTime();
                }
                if (rc == 0 || Native.getLastError() != PosixConstants.EINTR || left <= 0) {
                    return STILL_RUNNING;
                }
            }
        } finally {
            LibC.close(fd);
        }
    }
}
