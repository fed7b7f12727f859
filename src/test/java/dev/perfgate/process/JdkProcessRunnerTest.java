package dev.perfgate.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.RealProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** What only the JDK runner does; the promises both runners keep are in {@link ProcessRunnerContract}. */
@RealProcesses
@EnabledOnOs({OS.LINUX, OS.MAC})
class JdkProcessRunnerTest extends ProcessRunnerContract {

    @Override
    protected ProcessRunner createRunner(Path captureDirectory) {
        return new JdkProcessRunner(captureDirectory);
    }

    @Override
    protected int exitCodeOfATimedOutShell() {
        return 128 + 9; // SIGKILL, as the JDK reports it
    }

    @Test
    void nameIsJdk() {
        assertEquals("jdk", runner.name());
    }

    @Test
    void successfulCommandReportsExitZeroAndNoUsageItCannotMeasure() throws Exception {
        RunResult result = runner.run(shell("exit 0"));

        assertAll(
                () -> assertEquals(0, result.exitCode()),
                () -> assertFalse(result.timedOut()),
                () -> assertNull(result.usage(), "the JDK cannot measure rusage; it must not guess"),
                () -> assertNull(result.peakMemory(), "the JDK cannot measure peak RSS; it must not guess"));
    }

    @Test
    void aSignalReadsAs128PlusItsNumberBecauseTheJdkCannotTellThem() throws Exception {
        RunResult result = runner.run(shell("kill -SEGV $$"));
        assertEquals(139, result.exitCode());
        assertNull(result.signal());
    }

    @Test
    void interruptKillsTheTreeAndCancelsTheRun() throws Exception {
        Path childPid = tempDir.resolve("child.pid");
        Path grandchildPid = tempDir.resolve("grandchild.pid");
        // No timeout: only the interrupt can end this run before a minute has passed.
        String script = "sleep 60 & echo $! > '" + grandchildPid + ".tmp'; mv '" + grandchildPid + ".tmp' '"
                + grandchildPid + "'; echo $$ > '" + childPid + ".tmp'; mv '" + childPid + ".tmp' '" + childPid
                + "'; wait";
        CommandSpec spec = spec(List.of("/bin/sh", "-c", script), null, Map.of(), null, 0);
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
        Thread build = new Thread(
                () -> {
                    try {
                        runner.run(spec);
                        thrown.complete(null);
                    } catch (Throwable t) {
                        thrown.complete(t);
                    }
                    stillInterrupted.complete(Thread.currentThread().isInterrupted());
                },
                "interrupted-build");
        build.start();
        try {
            long child = waitForPid(childPid);
            long grandchild = waitForPid(grandchildPid);

            build.interrupt();

            Throwable failure = thrown.get(1, TimeUnit.MINUTES);
            assertInstanceOf(CancellationException.class, failure, "an interrupted run is cancelled, not a result");
            assertInstanceOf(InterruptedException.class, failure.getCause());
            assertTrue(stillInterrupted.get(1, TimeUnit.MINUTES), "the interrupt must be kept for the caller");
            for (long pid : new long[] {child, grandchild}) {
                assertFalse(
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                        pid + " survived the interrupted run");
            }
            assertEquals(List.of(), filesIn(captureDirectory), "capture files left behind");
        } finally {
            build.interrupt();
            build.join(TimeUnit.MINUTES.toMillis(1));
        }
    }

    /** Waits (without a deadline that a slow machine could miss) until the shell has written the pid. */
    private static long waitForPid(Path pidFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!Files.exists(pidFile)) {
            assertTrue(System.nanoTime() < deadline, "the command never wrote " + pidFile);
            Thread.sleep(10);
        }
        return Long.parseLong(Files.readString(pidFile).strip());
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toList());
        }
    }
}
