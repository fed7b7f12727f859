package dev.perfgate.process.posix;

import java.io.File;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Samples the peak RSS ({@code VmHWM} in {@code /proc/<pid>/status}) of every process in a command's
 * tree while it runs, on one shared daemon thread so the waiting thread stays blocked in the kernel.
 *
 * <p>Why sample: a child spawned from the JVM inherits the JVM's high-water mark into {@code ru_maxrss}
 * at exec, and {@code VmHWM} disappears once a process exits, so for a command smaller than the JVM the
 * live {@code VmHWM} is the only figure that is the command's own. Because it is a high-water mark, one
 * sample covers everything before it; only growth after the last sample is missed. Each member's VmHWM
 * is its own peak; the tree's figure is the largest of them (not their sum). Sampling starts only for
 * a command still running after {@link QuietStart#QUIET_MILLIS} (shorter ones get no sample); the first
 * sample is taken then, the next ones every 1 ms backing off to every 5 ms; a sample costs about 10 µs
 * per member.
 */
final class TreePeakSampler {

    private static final ScheduledThreadPoolExecutor THREAD = DaemonThreads.single("perfgate-rss-sampler", true);
    /** Only the sampler thread uses this. */
    private static final ProcFiles PROC = new ProcFiles();

    private static final long FIRST_DELAY_NANOS = 1_000_000L;
    private static final long MAX_DELAY_NANOS = 5_000_000L;
    /** A guard against pathological trees (fork bombs): stop walking after this many members. */
    private static final int MAX_MEMBERS = 1024;

    private TreePeakSampler() {}

    /** Starts sampling the tree rooted at {@code pid}, with the first sample taken right away. */
    static Sampling start(int pid) {
        Sampling sampling = new Sampling(pid);
        sampling.next(0);
        return sampling;
    }

    /** A process seen in the tree, with its /proc files kept open between samples. */
    private static final class Member {
        final FileChannel status;
        FileChannel children;
        boolean gone;

        Member(int pid) {
            status = ProcFiles.open("/proc/" + pid + "/status");
            gone = status == null;
        }

        void close() {
            ProcFiles.closeQuietly(status);
            ProcFiles.closeQuietly(children);
        }
    }

    /** One run's sampling. */
    static final class Sampling {
        private final int leader;
        private final Map<Integer, Member> members = new HashMap<>();
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
            List<Integer> tree = new ArrayList<>();
            tree.add(leader);
            for (int i = 0; i < tree.size() && i < MAX_MEMBERS; i++) {
                int pid = tree.get(i);
                Member member = members.computeIfAbsent(pid, Member::new);
                ProcFiles.Status status = member.gone ? null : PROC.status(member.status);
                if (status == null) {
                    member.gone = true;
                    continue;
                }
                peakKib = Math.max(peakKib, status.vmHwmKib());
                if (status.threads() <= 1) {
                    if (member.children == null) {
                        member.children = ProcFiles.open("/proc/" + pid + "/task/" + pid + "/children");
                    }
                    if (member.children != null) {
                        PROC.children(member.children, tree);
                    }
                } else {
                    childrenOfEveryThread(pid, tree);
                }
            }
        }

        /** Children can be forked by any thread; rare enough in benchmarks to open the files each time. */
        private static void childrenOfEveryThread(int pid, List<Integer> into) {
            String[] tids = new File("/proc/" + pid + "/task").list();
            for (String tid : tids == null ? new String[0] : tids) {
                FileChannel children = ProcFiles.open("/proc/" + pid + "/task/" + tid + "/children");
                if (children != null) {
                    PROC.children(children, into);
                    ProcFiles.closeQuietly(children);
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
            members.values().forEach(Member::close);
            members.clear();
            return peakKib;
        }
    }
}
