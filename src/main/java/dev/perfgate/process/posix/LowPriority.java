package dev.perfgate.process.posix;

/**
 * Lowers the calling thread's CPU priority to nice 10, so the peak-memory sampler yields to the command
 * being timed. Not SCHED_IDLE: on a saturated machine (a busy CI runner) an idle-class thread may not run
 * at all for the length of a short command, and its peak would be lost; at nice 10 the sampler still gets
 * a slice within a few milliseconds, while on a machine with a free CPU it runs there and costs the
 * command nothing. (The first 2 ms of every run are not sampled at all: see QuietStart.)
 */
final class LowPriority {

    private static final int PRIO_PROCESS = 0;
    private static final int NICE = 10;

    private LowPriority() {}

    /** Best effort: returns whether the calling thread now runs at nice 10. */
    static boolean applyToCurrentThread() {
        if (PosixConstants.MAC || LibC.GETTID == null || LibC.SETPRIORITY == null) {
            return false;
        }
        try {
            int tid = LibC.GETTID.invokeInt(new Object[0]);
            return LibC.SETPRIORITY.invokeInt(new Object[] {PRIO_PROCESS, tid, NICE}) == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
