package dev.perfgate.process.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.RealProcesses;
import dev.perfgate.process.Survivors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C on a build (SIGINT to the JVM) or a cancelled CI job (SIGTERM) must not leave the command of a
 * run in flight behind, nor a daemon it started, nor its capture files, and no further run may start,
 * whichever runner runs it. The POSIX runner puts each command in a process group of its own, so the
 * terminal's Ctrl-C does not reach it; the JDK runner's command shares the JVM's group, but a signal sent
 * to the JVM alone (as here, and as CI systems do) does not reach it either. In both cases the JVM's
 * shutdown hook must kill it.
 */
@RealProcesses
@EnabledOnOs(OS.LINUX)
class InterruptedBuildTest {

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @CsvSource({"posix, INT", "posix, TERM", "jdk, INT", "jdk, TERM"})
    void signalToTheJvmKillsTheCommandInFlight(String runner, String signal) throws Exception {
        Path pidFile = tempDir.resolve("pid");
        Path captureDir = Files.createDirectory(tempDir.resolve("tmp"));
        String nonce = Survivors.nonce();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // env --default-signal=INT: a build started in the background by a non-interactive shell (as CI
        // scripts do) inherits SIGINT as ignored, and a JVM that starts with SIGINT ignored never sees it.
        Process jvm = new ProcessBuilder(
                        "env",
                        "--default-signal=INT",
                        java,
                        "-Djava.io.tmpdir=" + captureDir,
                        "-cp",
                        System.getProperty("java.class.path"),
                        InFlightRunMain.class.getName(),
                        pidFile.toString(),
                        runner,
                        nonce)
                .redirectErrorStream(true)
                .redirectOutput(tempDir.resolve("jvm.log").toFile())
                .start();
        try {
            long command = waitForPid(pidFile, Duration.ofSeconds(30));
            assertTrue(running(command), "the command should be running before the interrupt");

            // Ctrl-C reaches the JVM's process group only; the command is in a group of its own.
            assertEquals(
                    0,
                    new ProcessBuilder("kill", "-" + signal, Long.toString(jvm.pid()))
                            .start()
                            .waitFor());
            assertTrue(jvm.waitFor(30, TimeUnit.SECONDS), "the interrupted JVM should exit");

            // A killed process disappears when the kernel next runs it: milliseconds, unless the machine is saturated.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (running(command) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String log = Files.readString(tempDir.resolve("jvm.log"));
            assertFalse(
                    running(command),
                    "command " + command + " outlived the interrupted JVM; its log: " + log + " exit "
                            + jvm.exitValue());
            assertEquals(List.of(), Survivors.find(nonce), "the daemon it started outlived the JVM; its log: " + log);
            assertEquals(
                    1,
                    Files.readAllLines(Path.of(pidFile + ".starts")).size(),
                    "a new run started after the interrupt; its log: " + log);
            try (Stream<Path> left = Files.list(captureDir)) {
                assertEquals(
                        List.of(),
                        left.map(Path::getFileName)
                                .map(Path::toString)
                                .filter(name -> name.startsWith("perfgate-"))
                                .toList(),
                        "capture files left behind");
            }
        } finally {
            jvm.destroyForcibly();
            Survivors.killAll(nonce);
        }
    }

    /**
     * Ctrl-C in a terminal sends SIGINT to the build's whole foreground process group. The JDK runner's
     * command is in that group: its shell dies with the JVM, and the shell's background child, which
     * ignores SIGINT and is then nobody's descendant, must still be found by its token and killed (issue
     * 19: it outlived the build 3 times out of 3, because the run ended at the same moment as the JVM and
     * its sweep was cut short by the JVM's halt).
     */
    @ParameterizedTest
    @ValueSource(strings = {"posix", "jdk"})
    void ctrlCToTheBuildsProcessGroupLeavesNoChildThatIgnoresSigint(String runner) throws Exception {
        Path pidFile = tempDir.resolve("pid");
        String nonce = Survivors.nonce();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // setsid: the JVM leads a process group of its own, as a build in a terminal does.
        Process jvm = new ProcessBuilder(
                        "setsid",
                        "env",
                        "--default-signal=INT",
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        InFlightRunMain.class.getName(),
                        pidFile.toString(),
                        runner,
                        nonce,
                        "background")
                .redirectErrorStream(true)
                .redirectOutput(tempDir.resolve("jvm.log").toFile())
                .start();
        try {
            waitForPid(pidFile, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Survivors.find(nonce).isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the background sleep never started");
                Thread.sleep(20);
            }

            assertEquals(
                    0,
                    new ProcessBuilder("kill", "-INT", "--", "-" + jvm.pid())
                            .start()
                            .waitFor());
            assertTrue(jvm.waitFor(30, TimeUnit.SECONDS), "the interrupted JVM should exit");

            deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Survivors.find(nonce).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(
                    List.of(),
                    Survivors.find(nonce),
                    "the background child outlived the interrupted JVM;" + " its log: "
                            + Files.readString(tempDir.resolve("jvm.log")));
        } finally {
            jvm.destroyForcibly();
            Survivors.killAll(nonce);
        }
    }

    private static long waitForPid(Path pidFile, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!Files.exists(pidFile)) {
            assertTrue(System.nanoTime() < deadline, "the command never started");
            Thread.sleep(20);
        }
        return Long.parseLong(Files.readString(pidFile).trim());
    }

    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }
}
