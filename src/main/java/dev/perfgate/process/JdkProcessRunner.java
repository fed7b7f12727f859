package dev.perfgate.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands with {@link ProcessBuilder}: portable, and honest about what it cannot measure.
 *
 * <ul>
 *   <li>argv is passed as given, never through a shell; the environment is inherited with the spec's
 *       variables set over it; stdin is empty.</li>
 *   <li>stdout and stderr go to temporary files, so the child never blocks on output and nothing is
 *       read inside the timed window; the capped part, and the end of what the cap cut, are read back
 *       afterwards.</li>
 *   <li>Wall time is {@link System#nanoTime()} just before {@link ProcessBuilder#start()} and just after
 *       the JDK has reaped the process; waiting blocks on the JDK's reaper, it never polls.</li>
 *   <li>On timeout the whole process tree is killed and reaped, and the run is still a result.</li>
 *   <li>CPU usage and peak memory are not available through the JDK, so they are reported as absent
 *       ({@code null}) rather than guessed.</li>
 * </ul>
 */
public final class JdkProcessRunner implements ProcessRunner {

    /** How long to wait for a killed tree to disappear before giving up on it (SIGKILL is not ignorable). */
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private static final File NULL_DEVICE = new File(
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");

    private final Path captureDirectory;

    /** Captures output in the system's temporary directory. */
    public JdkProcessRunner() {
        this(CaptureFiles.defaultDirectory());
    }

    /** @param captureDirectory where each run's stdout and stderr files live until the run is over */
    public JdkProcessRunner(Path captureDirectory) {
        this.captureDirectory = Objects.requireNonNull(captureDirectory, "captureDirectory");
    }

    @Override
    public String name() {
        return "jdk";
    }

    /** Only wall time: the JDK gives no CPU time or peak memory of a child. */
    @Override
    public Set<Measurement> measures() {
        return EnumSet.of(Measurement.WALL_TIME);
    }

    @Override
    public RunResult run(CommandSpec spec) throws CommandStartException {
        Optional<String> badDirectory = StartFailureReason.workingDirectoryProblem(spec.workingDirectory());
        if (badDirectory.isPresent()) {
            throw new CommandStartException(spec.side(), spec.argv(), badDirectory.get(), null);
        }
        String token = LeftoverProcesses.newToken();
        try (CaptureFiles capture = CaptureFiles.create(captureDirectory, spec)) {
            ProcessBuilder builder = processBuilder(spec, capture);
            builder.environment().put(LeftoverProcesses.TOKEN_VARIABLE, token);

            NewProcesses since = NewProcesses.before();
            long startNanos = System.nanoTime();
            // Refused once the build is shutting down; registered with the shutdown hook atomically.
            Process process = InFlightRuns.start(
                    () -> {
                        try {
                            return builder.start();
                        } catch (IOException e) {
                            throw new CommandStartException(
                                    spec.side(), spec.argv(), StartFailureReason.describe(spec.argv(), e), e);
                        }
                    },
                    started -> () -> {
                        ProcessTreeKiller.killTree(started.toHandle(), Duration.ofSeconds(2));
                        capture.close();
                    },
                    started ->
                            () -> LeftoverProcesses.killAll(token, since, started.pid(), LeftoverProcesses.NO_GROUP));
            boolean exited;
            long endNanos;
            int leftovers;
            try {
                exited = waitForExit(process, spec.timeout());
                endNanos = System.nanoTime();
                if (!exited) {
                    // The run ended when its time was up; reaping the tree afterwards is our cost, not its.
                    killAndReap(process);
                }
            } finally {
                InFlightRuns.finished(process);
                // Outside the timed window: children left running in the background (here even a plain
                // "cmd &" stays in Maven's own process group), daemons, double forks.
                leftovers = LeftoverProcesses.killAll(token, since, process.pid(), LeftoverProcesses.NO_GROUP);
                InFlightRuns.swept(process);
            }
            // Java reports a process killed by signal N as 128 + N (SIGKILL: 137), exactly like a
            // process that exits with status 137, so the two cannot be told apart here. The value is
            // recorded as the JDK gives it; timedOut says whether we killed it. A process still alive
            // after SIGKILL is stuck in the kernel (e.g. a dead NFS mount): it has no exit code yet.
            int exitCode = process.isAlive() ? -1 : process.exitValue();
            return new RunResult(
                    endNanos - startNanos,
                    exitCode,
                    !exited,
                    capture.read(spec.outputCapBytes()),
                    null,
                    null,
                    null,
                    leftovers);
        }
    }

    private static ProcessBuilder processBuilder(CommandSpec spec, CaptureFiles capture) {
        ProcessBuilder builder = new ProcessBuilder(spec.argv());
        if (spec.workingDirectory() != null) {
            builder.directory(spec.workingDirectory().toFile());
        }
        builder.environment().putAll(spec.environment());
        builder.redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE));
        builder.redirectOutput(capture.stdout().toFile());
        builder.redirectError(capture.stderr().toFile());
        return builder;
    }

    /**
     * Waits until the process has exited and been reaped, or the timeout passed.
     *
     * @return {@code false} on timeout
     */
    private static boolean waitForExit(Process process, Duration timeout) {
        try {
            if (timeout == null) {
                process.waitFor();
                return true;
            }
            return process.waitFor(saturatedNanos(timeout), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // The build is being cancelled: leave nothing running behind, then give up on this run.
            killAndReap(process);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for " + process);
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return Math.max(0, duration.toNanos());
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Kills the process and its descendants and waits (bounded, ignoring interrupts until done) for the
     * JDK to reap the process itself. An interrupt that arrives meanwhile is restored afterwards.
     */
    private static void killAndReap(Process process) {
        ProcessTreeKiller.killTree(process.toHandle(), KILL_WAIT);
        boolean interrupted = false;
        long deadline = System.nanoTime() + KILL_WAIT.toNanos();
        while (process.isAlive() && deadline - System.nanoTime() > 0) {
            try {
                process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
