package dev.perfgate.process.posix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Samples the peak RSS ({@code VmHWM} in {@code /proc/<pid>/status}) of every process in a command's
 * tree while it runs, on one shared daemon thread so the waiting thread stays blocked in the kernel.
 *
 * <p>Why sample: a child spawned from the JVM inherits the JVM's high-water mark into {@code ru_maxrss}
 * at exec, and {@code VmHWM} disappears once a process exits, so for a command smaller than the JVM the
 * live {@code VmHWM} is the only figure that is the command's own. Each member's VmHWM is its own peak;
 * the tree's figure is the largest of them (not their sum). Samples start at once and back off from
 * 1 ms to 10 ms, which keeps the cost to a few reads of /proc per 10 ms of run.
 */
final class TreePeakSampler {

    private static final ScheduledThreadPoolExecutor THREAD = DaemonThreads.single("perfgate-rss-sampler");
    /** Only the sampler thread uses this. */
    private static final ProcFiles PROC = new ProcFiles();

    private static final long FIRST_DELAY_NANOS = 1_000_000L;
    private static final long MAX_DELAY_NANOS = 10_000_000L;
    /** A guard against pathological trees (fork bombs): stop walking after this many members. */
    private static final int MAX_MEMBERS = 4096;

    private TreePeakSampler() {
    }

    /** Starts sampling the tree rooted at {@code pid}, with the first sample taken right away. */
    static Sampling start(int pid) {
        Sampling sampling = new Sampling(pid);
        sampling.next(0);
        return sampling;
    }

    /** One run's sampling. */
    static final class Sampling {
        private final int leader;
        private long peakKib = ProcFiles.NONE;
        private long delayNanos = FIRST_DELAY_NANOS;
        private boolean stopped;
        private ScheduledFuture<?> pending;

        private Sampling(int leader) {
            this.leader = leader;
        }

        private synchronized void next(long delay) {
            if (!stopped) {
                pending = THREAD.schedule(this::tick, delay, TimeUnit.NANOSECONDS);
            }
        }

        private void tick() {
            synchronized (this) {
                if (stopped) {
                    return;
                }
                sampleTree();
            }
            long delay = delayNanos;
            delayNanos = Math.min(MAX_DELAY_NANOS, delayNanos * 3 / 2);
            next(delay);
        }

        private void sampleTree() {
            List<Integer> members = new ArrayList<>();
            members.add(leader);
            for (int i = 0; i < members.size() && i < MAX_MEMBERS; i++) {
                int pid = members.get(i);
                ProcFiles.Status status = PROC.status(pid);
                if (status == null) {
                    continue;
                }
                peakKib = Math.max(peakKib, status.vmHwmKib());
                if (status.threads() <= 1) {
                    PROC.children(pid, pid, members);
                } else {
                    for (String tid : ProcFiles.taskIds(pid)) {
                        PROC.children(pid, Integer.parseInt(tid), members);
                    }
                }
            }
        }

        /**
         * Stops sampling (waiting for a sample in progress) and returns the largest VmHWM seen in KiB, or
         * {@link ProcFiles#NONE} when the command was gone before the first sample.
         */
        synchronized long stop() {
            stopped = true;
            if (pending != null) {
                pending.cancel(false);
            }
            return peakKib;
        }
    }
}
