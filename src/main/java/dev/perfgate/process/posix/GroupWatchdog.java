package dev.perfgate.process.posix;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Enforces a run's timeout from a shared daemon thread, so the waiting thread can block in the kernel
 * instead of polling: at the deadline the process group gets SIGTERM, and SIGKILL after a short grace.
 */
final class GroupWatchdog {

    /** How long a timed-out command may take to exit after SIGTERM before it gets SIGKILL. */
    static final Duration GRACE = Duration.ofMillis(200);

    private static final ScheduledThreadPoolExecutor TIMER = DaemonThreads.single("perfgate-timeout-watchdog");

    private GroupWatchdog() {}

    /** Starts the clock for the process group {@code pgid}; disarm the returned guard once the leader exited. */
    static Guard arm(int pgid, Duration timeout) {
        Guard guard = new Guard(pgid);
        guard.schedule(timeout.toNanos(), guard::terminate);
        return guard;
    }

    /** One run's deadline. Signals are sent only while armed, i.e. while the leader still holds the pgid. */
    static final class Guard {
        private final int pgid;
        private boolean armed = true;
        private boolean timedOut;
        private ScheduledFuture<?> pending;

        private Guard(int pgid) {
            this.pgid = pgid;
        }

        private synchronized void schedule(long delayNanos, Runnable action) {
            pending = TIMER.schedule(action, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        }

        private synchronized void terminate() {
            if (!armed) {
                return;
            }
            timedOut = true;
            LibC.kill(-pgid, PosixConstants.SIGTERM);
            schedule(GRACE.toNanos(), this::forceKill);
        }

        private synchronized void forceKill() {
            if (armed) {
                LibC.kill(-pgid, PosixConstants.SIGKILL);
            }
        }

        /** Stops the clock (no signal is sent after this returns) and tells whether the deadline was hit. */
        synchronized boolean disarm() {
            armed = false;
            if (pending != null) {
                pending.cancel(false);
            }
            return timedOut;
        }
    }
}
