package dev.perfgate.process.posix;

/**
 * Puts the calling thread in Linux's SCHED_IDLE class, where it runs only on a CPU that nothing else
 * wants. Measured on a busy 2-core machine, /proc samples taken at normal priority preempted the command
 * being timed and added about 10% to the wall time of /bin/true; at idle priority they cost nothing, and
 * on a saturated machine samples are merely fewer (the peak is then a looser lower bound).
 */
final class IdleScheduling {

    private static final int SCHED_IDLE = 5;

    private IdleScheduling() {
    }

    /** Best effort: returns whether the calling thread is now SCHED_IDLE. */
    static boolean applyToCurrentThread() {
        if (PosixConstants.MAC || LibC.GETTID == null || LibC.SCHED_SETSCHEDULER == null) {
            return false;
        }
        try {
            int tid = LibC.GETTID.invokeInt(new Object[0]);
            int[] param = {0};
            return LibC.SCHED_SETSCHEDULER.invokeInt(new Object[] {tid, SCHED_IDLE, param}) == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
