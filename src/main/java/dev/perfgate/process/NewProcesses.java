package dev.perfgate.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongPredicate;

/**
 * Which pids can belong to processes created since a run began, so that the leftover sweep reads the
 * environment of a handful of processes instead of every process on the machine (reading one costs from
 * 10 µs to a millisecond on a busy machine: the kernel reads it from the process's memory).
 *
 * <p>Linux hands out pids cyclically: each new task (process or thread) gets the first free pid above the
 * last one handed out ({@code /proc/sys/kernel/ns_last_pid}), wrapping from {@code pid_max} back to
 * {@value #RESERVED_PIDS}. Every process a run creates therefore lies in the cyclic interval from the
 * run's first pid (its command's) to the last pid handed out, read after the processes were listed —
 * unless the counter went round a whole cycle meanwhile. Whether it can have is bounded from two
 * counters read before the spawn: the counter moves one place per task created since (the
 * {@code processes} line of {@code /proc/stat}, every clone on the machine) plus one per pid it skips,
 * and only pids in use at the start can be skipped (at most three per task alive then: its own, and the
 * group and session it may keep alive). When that bound leaves room for a whole cycle, or a counter
 * cannot be read, every pid is a candidate, as before. Without {@code ns_last_pid} (a kernel built
 * without checkpoint/restore) the upper end is {@code pid_max}, and a possible wrap widens the window.
 *
 * <p>A process created with a chosen pid ({@code clone3} with {@code set_tid}, which needs
 * {@code CAP_CHECKPOINT_RESTORE}) can sit outside the window; it is the one way around it.
 */
public final class NewProcesses {

    /** The kernel's first pid after a wrap (RESERVED_PIDS in kernel/pid.c). */
    static final long RESERVED_PIDS = 300;

    private static final Path STAT = Path.of("/proc/stat");
    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final Path PID_MAX = Path.of("/proc/sys/kernel/pid_max");
    private static final Path LAST_PID = Path.of("/proc/sys/kernel/ns_last_pid");

    private static final LongPredicate EVERY_PID = pid -> true;
    private static final long UNKNOWN = -1;

    private final long forksBefore;
    private final long pidsInUseBefore;
    private final long pidMaxBefore;

    private NewProcesses(long forksBefore, long pidsInUseBefore, long pidMaxBefore) {
        this.forksBefore = forksBefore;
        this.pidsInUseBefore = pidsInUseBefore;
        this.pidMaxBefore = pidMaxBefore;
    }

    /** Read just before a run's command is started (outside its timed window: about 30 µs). */
    public static NewProcesses before() {
        long tasks = tasks();
        return new NewProcesses(forks(), tasks < 0 ? UNKNOWN : 3 * tasks, readLong(PID_MAX));
    }

    /** No knowledge of when the run began: every pid is a candidate. */
    public static NewProcesses unknown() {
        return new NewProcesses(UNKNOWN, UNKNOWN, UNKNOWN);
    }

    /**
     * The pids that may belong to a process created since {@link #before()}, for a run whose first
     * process got {@code firstPid}. Ask after listing the processes to look at: the window's upper end is
     * the last pid handed out when asked, so it covers every process listed before.
     */
    LongPredicate candidates(long firstPid) {
        long lastPid = readLong(LAST_PID);
        long forksNow = forks();
        long pidMax = Math.min(pidMaxBefore, readLong(PID_MAX));
        if (forksBefore < 0
                || pidsInUseBefore < 0
                || forksNow < 0
                || pidMax < 0
                || firstPid <= 1
                || firstPid >= pidMax) {
            return EVERY_PID;
        }
        long moves = (forksNow - forksBefore) + pidsInUseBefore;
        if (moves >= pidMax - RESERVED_PIDS - 1) {
            return EVERY_PID; // a whole cycle may have passed
        }
        if (lastPid > 0) {
            return lastPid >= firstPid
                    ? pid -> pid >= firstPid && pid <= lastPid
                    : pid -> pid >= firstPid || pid <= lastPid;
        }
        long afterWrap = moves - (pidMax - firstPid); // places the counter may have moved past a wrap
        if (afterWrap <= 0) {
            return pid -> pid >= firstPid;
        }
        long lastAfterWrap = RESERVED_PIDS + afterWrap;
        return lastAfterWrap >= firstPid ? EVERY_PID : pid -> pid >= firstPid || pid <= lastAfterWrap;
    }

    /** Tasks created on the machine since boot ({@code processes} in /proc/stat), or -1. */
    private static long forks() {
        try {
            String stat = Files.readString(STAT);
            int at = stat.indexOf("\nprocesses ");
            if (at < 0) {
                return UNKNOWN;
            }
            int start = at + "\nprocesses ".length();
            int end = stat.indexOf('\n', start);
            return Long.parseLong(
                    stat.substring(start, end < 0 ? stat.length() : end).trim());
        } catch (IOException | RuntimeException unreadable) {
            return UNKNOWN;
        }
    }

    /** Tasks alive on the machine now (the total after the slash in /proc/loadavg), or -1. */
    private static long tasks() {
        try {
            String loadavg = Files.readString(LOADAVG);
            String entities = loadavg.split(" ")[3];
            return Long.parseLong(entities.substring(entities.indexOf('/') + 1));
        } catch (IOException | RuntimeException unreadable) {
            return UNKNOWN;
        }
    }

    /**
     * A number from a sysctl file, read in one call: an integer sysctl yields nothing to a read that does
     * not start at offset 0, so the JDK's readAllBytes (which reads a zero-size file's first byte alone)
     * sees only its first digit.
     */
    private static long readLong(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer);
            return Long.parseLong(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim());
        } catch (IOException | RuntimeException unreadable) {
            return UNKNOWN;
        }
    }
}
