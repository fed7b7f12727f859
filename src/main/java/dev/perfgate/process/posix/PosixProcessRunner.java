package dev.perfgate.process.posix;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.perfgate.process.CaptureFiles;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.ResourceUsage;
import dev.perfgate.process.RunResult;
import dev.perfgate.process.StartFailureReason;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs commands with {@code posix_spawnp} and reaps them with {@code wait4}, so every figure of a run is
 * the run's own: wall time from {@link System#nanoTime()} around spawn to exit, CPU time, page faults,
 * context switches and block I/O from the reaped process's rusage (which includes its reaped
 * descendants), and a peak RSS chosen by {@link PeakMemoryRule}.
 *
 * <p>The command gets its own process group, stdin from /dev/null, stdout and stderr to files, default
 * signal dispositions and no inherited descriptors. A timeout sends SIGTERM to the group, then SIGKILL.
 * When the leader has exited, whatever is left of its process group is killed: a benchmark must not leave
 * background processes behind to disturb the runs after it (processes that left the group, e.g. with
 * setsid, escape this).
 *
 * <p>Linux and macOS only; see {@link #isAvailable()}.
 */
public final class PosixProcessRunner implements ProcessRunner {

    /** Recorded in the receipt. */
    public static final String NAME = "posix";

    private static final ThreadLocal<ProcFiles> PROC = ThreadLocal.withInitial(ProcFiles::new);

    private final Path captureDirectory;

    /**
     * Captures output in the system's temporary directory.
     *
     * @throws IllegalStateException when the runner cannot work on this machine, with the reason
     */
    public PosixProcessRunner() {
        this(CaptureFiles.defaultDirectory());
    }

    /**
     * @param captureDirectory where each run's stdout and stderr files live until the run is over
     * @throws IllegalStateException when the runner cannot work on this machine, with the reason
     */
    public PosixProcessRunner(Path captureDirectory) {
        Optional<String> reason = unavailableReason();
        if (reason.isPresent()) {
            throw new IllegalStateException("the posix runner is unavailable: " + reason.get());
        }
        this.captureDirectory = Objects.requireNonNull(captureDirectory, "captureDirectory");
    }

    /** True on Linux and macOS with a C library that has everything the runner calls. */
    public static boolean isAvailable() {
        return PosixSupport.isAvailable();
    }

    /** Why the runner cannot work here, or empty when it can. */
    public static Optional<String> unavailableReason() {
        return PosixSupport.unavailableReason();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RunResult run(CommandSpec spec) throws CommandStartException {
        Optional<String> badDirectory = StartFailureReason.workingDirectoryProblem(spec.workingDirectory());
        if (badDirectory.isPresent()) {
            throw new CommandStartException(spec.side(), spec.argv(), badDirectory.get(), null);
        }
        Path workingDirectory = spec.workingDirectory() == null ? null : spec.workingDirectory().toAbsolutePath();
        try (CaptureFiles output = CaptureFiles.create(captureDirectory, spec);
                SpawnPlan plan = new SpawnPlan(spec, workingDirectory, output.stdout(), output.stderr())) {
            return spawnAndReap(spec, plan, output);
        }
    }

    private static RunResult spawnAndReap(CommandSpec spec, SpawnPlan plan, CaptureFiles output)
            throws CommandStartException {
        int[] pidOut = new int[1];
        Memory exitInfo = new Memory(PosixConstants.SIGINFO_BYTES);
        Memory rusage = new Memory(PosixConstants.RUSAGE_BYTES);

        long start = System.nanoTime();
        int rc = LibC.posix_spawnp(pidOut, plan.file, plan.fileActions, plan.attributes, plan.argv, plan.envp);
        if (rc != 0) {
            throw new CommandStartException(spec.side(), spec.argv(), spawnFailure(spec, rc), null);
        }
        int pid = pidOut[0];
        InFlightGroups.add(pid);
        TreePeakSampler.Sampling sampling = null;
        GroupWatchdog.Guard deadline = null;
        long wallNanos;
        boolean timedOut;
        long sampledKib;
        int[] status = new int[1];
        try {
            // Short commands run with no other thread of ours awake; see QuietStart for why and the price.
            int quietMillis = QuietStart.QUIET_MILLIS;
            if (spec.timeout() != null) {
                quietMillis = (int) Math.min(quietMillis, spec.timeout().toMillis());
            }
            if (!QuietStart.exitedWithin(pid, quietMillis)) {
                sampling = PosixConstants.MAC ? null : TreePeakSampler.start(pid);
                deadline = spec.timeout() == null ? null
                        : GroupWatchdog.arm(pid, spec.timeout().minusNanos(System.nanoTime() - start));
            }
            // Wait for the exit without reaping: the zombie keeps the pid and process group reserved, so the
            // signals below cannot reach an unrelated process that reused them.
            waitForExit(pid, exitInfo);
            wallNanos = System.nanoTime() - start;
        } finally {
            // Also on an unexpected failure: never leave the command running or unreaped.
            timedOut = deadline != null && deadline.disarm();
            sampledKib = sampling == null ? ProcFiles.NONE : sampling.stop();
            LibC.kill(-pid, PosixConstants.SIGKILL); // leftovers of the tree; a zombie leader is unaffected
            reap(pid, status, rusage);
            InFlightGroups.remove(pid);
        }

        ResourceUsage usage = NativeRusage.usage(rusage);
        PeakMemory peak = PosixConstants.MAC
                ? PeakMemoryRule.mac(NativeRusage.maxRss(rusage))
                : PeakMemoryRule.linux(NativeRusage.maxRss(rusage), PROC.get().selfVmHwmKib(), sampledKib);
        return new RunResult(wallNanos, WaitStatus.exitCode(status[0]), timedOut,
                output.readStdout(spec.outputCapBytes()), output.readStderr(spec.outputCapBytes()), usage, peak,
                WaitStatus.signal(status[0]));
    }

    private static void waitForExit(int pid, Memory exitInfo) {
        while (LibC.waitid(PosixConstants.P_PID, pid, exitInfo, PosixConstants.WEXITED | PosixConstants.WNOWAIT)
                != 0) {
            int errno = Native.getLastError();
            if (errno != PosixConstants.EINTR) {
                throw new IllegalStateException("waitid(" + pid + ") failed: " + LibC.strerror(errno));
            }
        }
    }

    private static void reap(int pid, int[] status, Memory rusage) {
        while (LibC.wait4(pid, status, 0, rusage) != pid) {
            int errno = Native.getLastError();
            if (errno != PosixConstants.EINTR) {
                throw new IllegalStateException("wait4(" + pid + ") failed: " + LibC.strerror(errno));
            }
        }
    }

    private static String spawnFailure(CommandSpec spec, int errno) {
        return StartFailureReason.forErrno(spec.argv(), errno)
                .orElseGet(() -> "posix_spawnp failed: " + LibC.strerror(errno) + " (errno " + errno + ")");
    }
}
