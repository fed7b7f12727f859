package dev.perfgate.process.posix;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.perfgate.process.CaptureFiles;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.CommandStartException;
import dev.perfgate.process.InFlightRuns;
import dev.perfgate.process.LeftoverProcesses;
import dev.perfgate.process.NewProcesses;
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
 * When the leader has exited, whatever is left of its process group is killed, and then, outside the timed
 * window, every process that carries the run's {@link LeftoverProcesses token} (those that left the group
 * or the session): a benchmark must not leave background processes behind to disturb the runs after it.
 * The wait for the exit honours {@link Thread#interrupt()} ({@link InterruptibleExitWait}).
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
    public RunResult run(CommandSpec command) throws CommandStartException {
        Optional<String> badDirectory = StartFailureReason.workingDirectoryProblem(command.workingDirectory());
        if (badDirectory.isPresent()) {
            throw new CommandStartException(command.side(), command.argv(), badDirectory.get(), null);
        }
        String token = LeftoverProcesses.newToken();
        CommandSpec spec = command.withVariable(LeftoverProcesses.TOKEN_VARIABLE, token);
        Path workingDirectory =
                spec.workingDirectory() == null ? null : spec.workingDirectory().toAbsolutePath();
        try (CaptureFiles output = CaptureFiles.create(captureDirectory, spec);
                SpawnPlan plan = new SpawnPlan(spec, workingDirectory, output.stdout(), output.stderr())) {
            return spawnAndReap(command, token, plan, output);
        }
    }

    private static RunResult spawnAndReap(CommandSpec spec, String token, SpawnPlan plan, CaptureFiles output)
            throws CommandStartException {
        int[] pidOut = new int[1];
        Memory exitInfo = new Memory(PosixConstants.SIGINFO_BYTES);
        Memory rusage = new Memory(PosixConstants.RUSAGE_BYTES);

        NewProcesses since = NewProcesses.before();
        long start = System.nanoTime();
        // Refused once the build is shutting down; registered atomically with the start, so the shutdown
        // hook cannot miss a run that starts while it works.
        int pid = InFlightRuns.start(
                () -> {
                    int rc = LibC.posix_spawnp(
                            pidOut, plan.file, plan.fileActions, plan.attributes, plan.argv, plan.envp);
                    if (rc != 0) {
                        throw new CommandStartException(spec.side(), spec.argv(), spawnFailure(spec, rc), null);
                    }
                    return pidOut[0];
                },
                started -> () -> stopForShutdown(started, output),
                started -> () -> LeftoverProcesses.killAll(token, since, started, started));
        TreePeakSampler.Sampling sampling = null;
        GroupWatchdog.Guard deadline = null;
        long wallNanos;
        boolean timedOut;
        long sampledKib;
        int leftovers;
        int[] status = new int[1];
        try {
            // Short commands run with no other thread of ours awake; see QuietStart for why and the price.
            int quietMillis = QuietStart.QUIET_MILLIS;
            if (spec.timeout() != null) {
                quietMillis = (int) Math.min(quietMillis, spec.timeout().toMillis());
            }
            long quietEnd = QuietStart.exitNanos(pid, quietMillis);
            if (quietEnd != QuietStart.STILL_RUNNING) {
                waitForExit(pid, exitInfo); // returns at once: it has exited
                wallNanos = quietEnd - start;
            } else {
                sampling = PosixConstants.MAC ? null : TreePeakSampler.start(pid);
                deadline = spec.timeout() == null
                        ? null
                        : GroupWatchdog.arm(pid, spec.timeout().minusNanos(System.nanoTime() - start));
                // Wait for the exit without reaping: the zombie keeps the pid and process group reserved, so
                // the signals below cannot reach an unrelated process that reused them.
                wallNanos = InterruptibleExitWait.endNanos(pid, () -> waitForExit(pid, exitInfo)) - start;
            }
        } finally {
            // Also on an unexpected failure or a cancelled build: never leave the command running or unreaped.
            timedOut = deadline != null && deadline.disarm();
            sampledKib = sampling == null ? ProcFiles.NONE : sampling.stop();
            InFlightRuns.finished(pid); // before the reap: the hook must never signal a pid that was reused
            // Outside the timed window: everything the run left behind, in its process group or not, is
            // found by its token (and counted, so the log can say so); then the group, for any process
            // that cleared its environment. A zombie leader is unaffected and keeps the pgid reserved.
            leftovers = LeftoverProcesses.killAll(token, since, pid, pid);
            InFlightRuns.swept(pid); // before the reap, which frees the pid for another run to get
            LibC.kill(-pid, PosixConstants.SIGKILL);
            reap(pid, status, rusage);
        }

        ResourceUsage usage = NativeRusage.usage(rusage);
        PeakMemory peak = PosixConstants.MAC
                ? PeakMemoryRule.mac(NativeRusage.maxRss(rusage))
                : PeakMemoryRule.linux(NativeRusage.maxRss(rusage), PROC.get().selfVmHwmKib(), sampledKib);
        return new RunResult(
                wallNanos,
                WaitStatus.exitCode(status[0]),
                timedOut,
                output.read(spec.outputCapBytes()),
                usage,
                peak,
                WaitStatus.signal(status[0]),
                leftovers);
    }

    /** The shutdown hook's part: the group, then the capture files (the hook then sweeps the token). */
    private static void stopForShutdown(int pid, CaptureFiles output) {
        LibC.kill(-pid, PosixConstants.SIGKILL);
        output.close();
    }

    private static void waitForExit(int pid, Memory exitInfo) {
        while (LibC.waitid(PosixConstants.P_PID, pid, exitInfo, PosixConstants.WEXITED | PosixConstants.WNOWAIT) != 0) {
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
