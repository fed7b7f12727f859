package dev.perfgate.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.RealProcesses;
import dev.perfgate.process.choice.ProcessRunners;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No process started by a measured command outlives its run, whatever it did to escape (a new process
 * group, a new session, a double fork), on both runners. Real processes, found by a unique marker.
 */
@RealProcesses
@EnabledOnOs(OS.LINUX)
class LeftoverProcessesTest {

    private final String nonce = Survivors.nonce();
    /** A sleep that would outlive any test, recognisable by its argv. */
    private final String marked = "sleep 300." + nonce;

    @AfterEach
    void cleanUp() {
        Survivors.killAll(nonce);
    }

    private static RunResult run(String runner, String script, Duration timeout) throws CommandStartException {
        return ProcessRunners.select(runner)
                .run(new CommandSpec("current", List.of("bash", "-c", script), null, Map.of(), timeout, 0));
    }

    private void assertNoSurvivor() {
        assertEquals(List.of(), Survivors.find(nonce), "processes outlived the run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"posix", "jdk"})
    void aDaemonInANewSessionIsKilledAfterTheRunAndCounted(String runner) throws Exception {
        RunResult result = run(runner, "setsid " + marked + " & sleep 0.2; exit 0", Duration.ofSeconds(60));
        assertEquals(0, result.exitCode());
        assertTrue(result.leftoverProcessesKilled() >= 1, "killed " + result.leftoverProcessesKilled());
        assertNoSurvivor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"posix", "jdk"})
    void aPlainBackgroundChildIsKilled(String runner) throws Exception {
        RunResult result = run(runner, marked + " & exit 0", Duration.ofSeconds(60));
        assertTrue(result.leftoverProcessesKilled() >= 1, "killed " + result.leftoverProcessesKilled());
        assertNoSurvivor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"posix", "jdk"})
    void aDoubleForkInANewProcessGroupIsKilled(String runner) throws Exception {
        run(runner, "set -m; (" + marked + " &); sleep 0.2; exit 0", Duration.ofSeconds(60));
        assertNoSurvivor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"posix", "jdk"})
    void aTimeoutKillsDescendantsThatLeftTheGroupOrTheSession(String runner) throws Exception {
        RunResult result = run(
                runner, "set -m; " + marked + " & setsid " + marked + " & sleep 30." + nonce, Duration.ofSeconds(1));
        assertTrue(result.timedOut());
        assertNoSurvivor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"posix", "jdk"})
    void anInterruptedRunIsKilledWithItsDescendantsAndReportsTheCancellation(String runner) throws Exception {
        CompletableFuture<Thread> runnerThread = new CompletableFuture<>();
        CompletableFuture<RunResult> outcome = CompletableFuture.supplyAsync(
                () -> {
                    runnerThread.complete(Thread.currentThread());
                    try {
                        return run(runner, "setsid " + marked + " & exec sleep 300.9" + nonce, null);
                    } catch (CommandStartException e) {
                        throw new IllegalStateException(e);
                    }
                },
                command -> new Thread(command, "interrupted-run").start());
        Thread thread = runnerThread.get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // Judged on the one reading that saw it: the shell's own command line holds the marker too, and while it
        // execs into the sleep its command line reads empty for an instant, so a second reading may miss both.
        boolean started = false;
        while (!started && System.nanoTime() < deadline) {
            started = !Survivors.find("300.9" + nonce).isEmpty();
            if (!started) {
                Thread.sleep(10);
            }
        }
        assertTrue(started, "the command never started");

        thread.interrupt();

        // Generous: a saturated machine may take a while, but without interrupt support this waits 300 s.
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(
                ExecutionException.class, () -> outcome.get(120, TimeUnit.SECONDS));
        assertInstanceOf(CancellationException.class, failed.getCause(), String.valueOf(failed.getCause()));
        assertNoSurvivor();
    }
}
