package dev.perfgate.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.RealProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ProcessRunner} promises, written once and run against each runner by a subclass:
 * argv without a shell, the environment, the working directory, empty stdin, separate and capped output,
 * 20 MB of output, the timeout, start failures, and capture files that do not outlive the run.
 */
@RealProcesses
public abstract class ProcessRunnerContract {

    protected static final Duration GENEROUS = Duration.ofSeconds(60);

    @TempDir
    protected Path tempDir;

    /** The runner's own capture directory, so no other process writing to /tmp can disturb a test. */
    protected Path captureDirectory;

    protected ProcessRunner runner;

    /** The runner under test, capturing output in {@code captureDirectory}. */
    protected abstract ProcessRunner createRunner(Path captureDirectory) throws Exception;

    /**
     * The exit code of a shell ended by the timeout: the JDK runner kills the tree at once (SIGKILL, which
     * the JDK reports as 128 + 9); the posix runner first sends SIGTERM, of which the shell dies.
     */
    protected abstract int exitCodeOfATimedOutShell();

    @BeforeEach
    void createRunnerUnderTest() throws Exception {
        captureDirectory = Files.createDirectory(tempDir.resolve("capture"));
        runner = createRunner(captureDirectory);
    }

    protected static CommandSpec command(String... argv) {
        return new CommandSpec("current", List.of(argv), null, Map.of(), GENEROUS, 0);
    }

    protected static CommandSpec shell(String script) {
        return command("/bin/sh", "-c", script);
    }

    protected static CommandSpec spec(
            List<String> argv, Path workingDirectory, Map<String, String> environment, Duration timeout, long cap) {
        return new CommandSpec("current", argv, workingDirectory, environment, timeout, cap);
    }

    protected static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }

    @Test
    void aNonzeroExitIsAResultNotAnException() throws Exception {
        RunResult result = runner.run(shell("exit 3"));

        assertEquals(3, result.exitCode());
        assertFalse(result.timedOut());
        assertEquals(0, runner.run(command("/bin/true")).exitCode());
    }

    @Test
    void argvIsPassedWithoutAShellAndFoundOnThePath() throws Exception {
        RunResult result = runner.run(command("printf", "%s", "$HOME * `id` é"));

        assertEquals("$HOME * `id` é", text(result.stdout()));
    }

    @Test
    void environmentIsSetOverTheInheritedOne() throws Exception {
        String inheritedPath = System.getenv("PATH");
        String script = "printf '%s|%s|%s' \"$HOME\" \"$PERFGATE_TEST_VAR\" \"$PATH\"";
        Map<String, String> set = Map.of("HOME", "/perfgate-home", "PERFGATE_TEST_VAR", "x y");
        CommandSpec spec = spec(List.of("/bin/sh", "-c", script), null, set, GENEROUS, 0);

        assertEquals(
                "/perfgate-home|x y|" + inheritedPath, text(runner.run(spec).stdout()));
    }

    @Test
    void workingDirectoryIsHonoured() throws Exception {
        Path directory = Files.createDirectory(tempDir.resolve("work dir"));

        RunResult result = runner.run(spec(List.of("/bin/sh", "-c", "pwd -P"), directory, Map.of(), GENEROUS, 0));

        assertEquals(directory.toRealPath().toString(), text(result.stdout()).strip());
    }

    @Test
    void stdinIsEmptyAndStdoutAndStderrAreSeparate() throws Exception {
        RunResult result = runner.run(spec(
                List.of("/bin/sh", "-c", "cat; echo out; echo err >&2"), null, Map.of(), Duration.ofSeconds(20), 0));

        assertFalse(result.timedOut(), "cat waited for input: stdin was not empty");
        assertEquals("out\n", text(result.stdout()), "cat must see the end of its input at once");
        assertEquals("err\n", text(result.stderr()));
    }

    @Test
    void outputIsCutAtTheCapOnACharacterBoundary() throws Exception {
        // "a€€" is 1 + 3 + 3 bytes: a cap of 3 cut naively would keep "a" and two bytes of the first "€".
        String bothStreams = "printf '%s' \"$1\"; printf '%s' \"$1\" >&2";
        CommandSpec three = spec(List.of("/bin/sh", "-c", bothStreams, "sh", "a€€"), null, Map.of(), GENEROUS, 3);
        CommandSpec four = spec(List.of("printf", "a€€"), null, Map.of(), GENEROUS, 4);

        RunResult result = runner.run(three);

        assertArrayEquals("a".getBytes(UTF_8), result.stdout());
        assertArrayEquals("a".getBytes(UTF_8), result.stderr());
        assertEquals("a€", text(runner.run(four).stdout()), "4 bytes hold 'a' and one whole '€'");
    }

    @Test
    void twentyMegabytesOfOutputNeitherBlockNorGetLost() throws Exception {
        RunResult all = runner.run(command("head", "-c", "20000000", "/dev/zero"));
        long cap = 64 * 1024;
        RunResult capped = runner.run(spec(
                List.of(
                        "/bin/sh",
                        "-c",
                        "head -c 20000000 /dev/zero | tr '\\0' x; head -c 20000000 /dev/zero | tr '\\0' y >&2"),
                null,
                Map.of(),
                GENEROUS,
                cap));

        byte[] xs = new byte[(int) cap];
        Arrays.fill(xs, (byte) 'x');
        assertAll(
                () -> assertEquals(0, all.exitCode()),
                () -> assertEquals(20_000_000, all.stdout().length, "a cap of 0 keeps everything"),
                () -> assertFalse(capped.timedOut(), "a chatty command must not time out"),
                () -> assertEquals(0, capped.exitCode()),
                () -> assertArrayEquals(xs, capped.stdout()),
                () -> assertEquals(cap, capped.stderr().length));
    }

    @Test
    void aTimeoutKillsTheWholeTreeAndStillReturnsAResult() throws Exception {
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
        for (Duration timeout = Duration.ofMillis(500);
                result == null || !written(childPid, grandchildPid);
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
        assertEquals(exitCodeOfATimedOutShell(), result.exitCode());
        assertTrue(result.wallNanos() <= took, "the run's wall time lies within the call: " + result.wallNanos());
        for (Path pidFile : List.of(childPid, grandchildPid)) {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            assertFalse(LeftoverProcesses.running(pid), pidFile.getFileName() + " " + pid + " survived the timeout");
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
        RunResult result = runner.run(command("sleep", "0.2"));
        long took = System.nanoTime() - before;

        assertTrue(result.wallNanos() >= 200_000_000L, "wall " + result.wallNanos());
        assertTrue(result.wallNanos() <= took, "wall " + result.wallNanos() + " outside the call's " + took);
    }

    @Test
    void aMissingCommandIsAStartErrorNamingTheSideAndTheCommand() {
        List<String> argv = List.of("perfgate-no-such-command", "--flag");
        CommandSpec spec = new CommandSpec("baseline", argv, null, Map.of(), GENEROUS, 0);

        CommandStartException e = assertThrows(CommandStartException.class, () -> runner.run(spec));

        assertEquals("baseline", e.side());
        assertEquals(argv, e.argv());
        assertTrue(e.getMessage().contains("baseline"), e.getMessage());
        assertTrue(e.getMessage().contains("'perfgate-no-such-command' on the PATH"), e.getMessage());
    }

    @Test
    void aMissingWorkingDirectoryIsNamed() {
        Path missing = tempDir.resolve("missing");
        CommandSpec spec = new CommandSpec("baseline", List.of("/bin/true"), missing, Map.of(), GENEROUS, 0);

        CommandStartException e = assertThrows(CommandStartException.class, () -> runner.run(spec));

        assertTrue(e.getMessage().contains("working directory " + missing + " does not exist"), e.getMessage());
        assertEquals("baseline", e.side());
    }

    @Test
    void aFileThatIsNotExecutableIsExplained() throws IOException {
        Path script = Files.writeString(tempDir.resolve("script.sh"), "#!/bin/sh\ntrue\n");

        CommandStartException e =
                assertThrows(CommandStartException.class, () -> runner.run(command(script.toString())));

        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }

    @Test
    void outputIsCapturedInTheRunnersDirectoryAndDeletedAfterTheRun() throws Exception {
        // While it runs, the command sees its two capture files in the runner's directory ...
        RunResult listing = runner.run(command("ls", captureDirectory.toString()));
        runner.run(spec(List.of("sleep", "5"), null, Map.of(), Duration.ofMillis(100), 0));

        List<String> seen = text(listing.stdout())
                .lines()
                .map(name -> name.replaceAll("^perfgate-.*\\.", "perfgate-*."))
                .sorted()
                .toList();
        assertEquals(List.of("perfgate-*.stderr", "perfgate-*.stdout"), seen, "capture files seen during the run");
        // ... and after a run that ended normally and one that timed out, nothing is left.
        try (Stream<Path> left = Files.list(captureDirectory)) {
            assertEquals(List.of(), left.toList(), "capture files left after a normal and a timed-out run");
        }
    }
}
