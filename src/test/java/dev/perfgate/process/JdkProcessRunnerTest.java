package dev.perfgate.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Runs real processes through /bin/sh. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class JdkProcessRunnerTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);

    @TempDir
    Path tempDir;

    /** The runner's own capture directory, so no other process writing to /tmp can disturb a test. */
    private Path captureDirectory;
    private JdkProcessRunner runner;

    @BeforeEach
    void createRunner() throws IOException {
        captureDirectory = Files.createDirectory(tempDir.resolve("capture"));
        runner = new JdkProcessRunner(captureDirectory);
    }

    private static CommandSpec shell(String script) {
        return spec(List.of("/bin/sh", "-c", script), null, Map.of(), GENEROUS, 0);
    }

    private static CommandSpec spec(List<String> argv, Path workingDirectory, Map<String, String> environment,
            Duration timeout, long cap) {
        return new CommandSpec("current", argv, workingDirectory, environment, timeout, cap);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
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
    void nonzeroExitIsAResultNotAnException() throws Exception {
        RunResult result = runner.run(shell("exit 3"));

        assertEquals(3, result.exitCode());
        assertFalse(result.timedOut());
    }

    @Test
    void argvIsPassedWithoutAShell() throws Exception {
        RunResult result = runner.run(spec(List.of("printf", "%s", "$HOME * `id`"), null, Map.of(), GENEROUS, 0));

        assertEquals("$HOME * `id`", text(result.stdout()));
    }

    @Test
    void environmentIsSetOverTheInheritedOne() throws Exception {
        String inheritedPath = System.getenv("PATH");
        CommandSpec spec = spec(List.of("/bin/sh", "-c", "printf '%s|%s|%s' \"$HOME\" \"$PERFGATE_TEST_VAR\" \"$PATH\""),
                null, Map.of("HOME", "/perfgate-home", "PERFGATE_TEST_VAR", "set by the spec"), GENEROUS, 0);

        RunResult result = runner.run(spec);

        assertEquals("/perfgate-home|set by the spec|" + inheritedPath, text(result.stdout()));
    }

    @Test
    void workingDirectoryIsHonoured() throws Exception {
        Path directory = Files.createDirectory(tempDir.resolve("work dir"));

        RunResult result = runner.run(spec(List.of("/bin/sh", "-c", "pwd -P"), directory, Map.of(), GENEROUS, 0));

        assertEquals(directory.toRealPath().toString(), text(result.stdout()).strip());
    }

    @Test
    void stdinIsEmptySoCatReturnsAtOnce() throws Exception {
        RunResult result = runner.run(spec(List.of("cat"), null, Map.of(), Duration.ofSeconds(20), 0));

        assertFalse(result.timedOut(), "cat waited for input: stdin was not empty");
        assertEquals(0, result.exitCode());
        assertEquals(0, result.stdout().length);
    }

    @Test
    void stdoutAndStderrAreCapturedSeparately() throws Exception {
        RunResult result = runner.run(shell("printf to-stdout; printf to-stderr >&2"));

        assertEquals("to-stdout", text(result.stdout()));
        assertEquals("to-stderr", text(result.stderr()));
    }

    @Test
    void outputCapCutsOnACharacterBoundary() throws Exception {
        // "a€€" is 1 + 3 + 3 bytes: a cap of 3 cut naively would keep "a" and two bytes of the first "€".
        CommandSpec spec = spec(List.of("/bin/sh", "-c", "printf '%s' \"$1\"; printf '%s' \"$1\" >&2", "sh", "a€€"),
                null, Map.of(), GENEROUS, 3);

        RunResult result = runner.run(spec);

        assertArrayEquals("a".getBytes(UTF_8), result.stdout());
        assertArrayEquals("a".getBytes(UTF_8), result.stderr());
    }

    @Test
    void outputCapKeepsWholeCharactersUpToTheCap() throws Exception {
        CommandSpec spec = spec(List.of("/bin/sh", "-c", "printf '%s' \"$1\"", "sh", "a€€"), null, Map.of(), GENEROUS, 4);

        assertEquals("a€", text(runner.run(spec).stdout()));
    }

    @Test
    void capZeroKeepsAllOutput() throws Exception {
        RunResult result = runner.run(shell("head -c 300000 /dev/zero | tr '\\0' x"));

        assertEquals(300_000, result.stdout().length);
    }

    @Test
    void twentyMegabytesOfOutputNeverBlockTheChild() throws Exception {
        long cap = 64 * 1024;
        CommandSpec spec = spec(List.of("/bin/sh", "-c",
                        "head -c 20000000 /dev/zero | tr '\\0' x; head -c 20000000 /dev/zero | tr '\\0' y >&2"),
                null, Map.of(), GENEROUS, cap);

        RunResult result = runner.run(spec);

        assertFalse(result.timedOut(), "a chatty command must not time out");
        assertEquals(0, result.exitCode());
        assertEquals(cap, result.stdout().length);
        assertEquals(cap, result.stderr().length);
        byte[] xs = new byte[(int) cap];
        Arrays.fill(xs, (byte) 'x');
        assertArrayEquals(xs, result.stdout());
    }

    @Test
    void timeoutKillsTheWholeTreeAndStillReturnsAResult() throws Exception {
        Path childPid = tempDir.resolve("child.pid");
        Path grandchildPid = tempDir.resolve("grandchild.pid");
        // The root shell starts a shell that starts a sleep: two generations below the process we started.
        String inner = "sleep 30 & echo $! > '" + grandchildPid + "'; wait";
        String script = "/bin/sh -c \"$1\" & echo $! > '" + childPid + "'; sleep 30; wait";

        // Both pid files must be written before the timeout, or the test checks nothing: on a saturated
        // machine starting two shells can outlast any fixed timeout, so a run that ended too early is
        // repeated with a longer one rather than judged.
        RunResult result = null;
        long took = 0;
        for (Duration timeout = Duration.ofMillis(500); result == null || !written(childPid, grandchildPid);
                timeout = timeout.multipliedBy(4)) {
            assertTrue(timeout.compareTo(Duration.ofMinutes(1)) < 0, "the shells never wrote their pids");
            Files.deleteIfExists(childPid);
            Files.deleteIfExists(grandchildPid);
            long before = System.nanoTime();
            result = runner.run(spec(List.of("/bin/sh", "-c", script, "sh", inner), null, Map.of(), timeout, 0));
            took = System.nanoTime() - before;
            assertTrue(result.timedOut(), "sleep 30 ended before a timeout of " + timeout);
            assertTrue(result.wallNanos() >= timeout.toNanos(), "wall " + result.wallNanos() + " < " + timeout);
        }

        // Killed, not ended: the root shell waits for its sleep 30 and would exit 0.
        assertEquals(128 + 9, result.exitCode(), "the JDK reports SIGKILL as 128 + 9");
        assertTrue(result.wallNanos() <= took, "the run's wall time lies within the call: " + result.wallNanos());
        for (Path pidFile : List.of(childPid, grandchildPid)) {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                    pidFile.getFileName() + " " + pid + " survived the timeout");
        }
    }

    private static boolean written(Path... pidFiles) throws IOException {
        for (Path pidFile : pidFiles) {
            if (!Files.exists(pidFile) || Files.readString(pidFile).isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void wallTimeCoversTheWholeRun() throws Exception {
        long before = System.nanoTime();
        RunResult result = runner.run(spec(List.of("sleep", "0.2"), null, Map.of(), GENEROUS, 0));
        long took = System.nanoTime() - before;

        assertTrue(result.wallNanos() >= 200_000_000L, "wall " + result.wallNanos());
        assertTrue(result.wallNanos() <= took, "wall " + result.wallNanos() + " outside the call's " + took);
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
        Thread build = new Thread(() -> {
            try {
                runner.run(spec);
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
            stillInterrupted.complete(Thread.currentThread().isInterrupted());
        }, "interrupted-build");
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
                assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
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

    @Test
    void missingCommandNamesTheSideAndTheCommand() {
        List<String> argv = List.of("perfgate-no-such-command", "--flag");
        CommandSpec spec = new CommandSpec("baseline", argv, null, Map.of(), GENEROUS, 0);

        CommandStartException e = assertThrows(CommandStartException.class, () -> runner.run(spec));

        assertEquals("baseline", e.side());
        assertEquals(argv, e.argv());
        assertTrue(e.getMessage().contains("baseline"), e.getMessage());
        assertTrue(e.getMessage().contains("'perfgate-no-such-command' on the PATH"), e.getMessage());
    }

    @Test
    void missingWorkingDirectoryIsNamed() {
        Path missing = tempDir.resolve("missing");
        CommandSpec spec = spec(List.of("/bin/sh", "-c", "true"), missing, Map.of(), GENEROUS, 0);

        CommandStartException e = assertThrows(CommandStartException.class, () -> runner.run(spec));

        assertTrue(e.getMessage().contains("working directory " + missing + " does not exist"), e.getMessage());
    }

    @Test
    void fileThatIsNotExecutableIsExplained() throws IOException {
        Path script = Files.writeString(tempDir.resolve("script.sh"), "#!/bin/sh\ntrue\n");
        CommandSpec spec = spec(List.of(script.toString()), null, Map.of(), GENEROUS, 0);

        CommandStartException e = assertThrows(CommandStartException.class, () -> runner.run(spec));

        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }

    @Test
    void outputIsCapturedInTheRunnersDirectoryAndDeletedAfterTheRun() throws Exception {
        // While it runs, the command sees its two capture files in the runner's directory ...
        RunResult listing = runner.run(spec(List.of("ls", captureDirectory.toString()), null, Map.of(), GENEROUS, 0));
        runner.run(spec(List.of("sleep", "5"), null, Map.of(), Duration.ofMillis(100), 0));

        List<String> seen = text(listing.stdout()).lines().collect(Collectors.toList());
        assertEquals(List.of("perfgate-*.stderr", "perfgate-*.stdout"),
                seen.stream().map(name -> name.replaceAll("^perfgate-.*\\.", "perfgate-*.")).sorted()
                        .collect(Collectors.toList()),
                "capture files seen during the run: " + seen);
        // ... and after a run that ended normally and one that timed out, nothing is left.
        assertEquals(List.of(), filesIn(captureDirectory));
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toList());
        }
    }
}
