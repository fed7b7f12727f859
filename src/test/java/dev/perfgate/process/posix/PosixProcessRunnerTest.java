package dev.perfgate.process.posix;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfgate.RealProcesses;
import dev.perfgate.process.CommandSpec;
import dev.perfgate.process.PeakMemory;
import dev.perfgate.process.ProcessRunner;
import dev.perfgate.process.ProcessRunnerContract;
import dev.perfgate.process.ResourceUsage;
import dev.perfgate.process.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * What only the posix runner does (resource usage, peak memory, signals, the timeout's SIGTERM); the
 * promises both runners keep are in {@link ProcessRunnerContract}. Linux only: the memory figures it
 * checks come from /proc.
 */
@RealProcesses
@EnabledOnOs(OS.LINUX)
class PosixProcessRunnerTest extends ProcessRunnerContract {

    private static final long MIB = 1024;
    /**
     * How long a killed process may take to disappear (the kernel tears it down when it next gets a CPU):
     * a bound for a wait that normally ends in milliseconds, generous for a saturated machine.
     */
    private static final Duration DYING = Duration.ofSeconds(60);

    @BeforeAll
    static void requireRunner() {
        assertTrue(
                PosixProcessRunner.isAvailable(),
                () -> "the posix runner should work on this Linux: " + PosixProcessRunner.unavailableReason());
    }

    @Override
    protected ProcessRunner createRunner(Path captureDirectory) {
        return new PosixProcessRunner(captureDirectory);
    }

    @Override
    protected int exitCodeOfATimedOutShell() {
        return 15; // the shell does not handle SIGTERM, sent first, and dies of it
    }

    /** Allocates {@code mib} MiB in one buffer and fills it (dd touches every page it reads into). */
    private static CommandSpec touch(int mib) {
        return command("dd", "if=/dev/zero", "of=/dev/null", "bs=" + mib + "M", "count=1");
    }

    /**
     * A "big" command must out-grow the test JVM, whose own peak decides whether ru_maxrss is exact
     * (see PeakMemoryRule): at least 200 MiB, and 100 MiB more than this JVM has ever used.
     */
    private static int bigMib() {
        return (int) Math.max(200, new ProcFiles().selfVmHwmKib() / 1024 + 100);
    }

    /**
     * A small command that runs until the RSS sampler has read its VmHWM, however busy the machine, so the
     * test does not depend on when the (nice 10) sampler thread gets a CPU: the sampler reads a process's
     * status before it opens the process's children file, and keeps that file open while it samples, so
     * the shell waits until it sees that file among this JVM's open descriptors.
     */
    private static CommandSpec smallUntilSampled() {
        String jvmFds = "/proc/" + ProcessHandle.current().pid() + "/fd";
        return shell("while ! ls -l " + jvmFds + " 2>/dev/null | grep -q \"/proc/$$/task/$$/children\"; do sleep 0.01;"
                + " done");
    }

    @Test
    void aRunKilledByASignalReportsItsNumberAsTheExitCodeAndNamesTheSignal() throws Exception {
        RunResult result = runner.run(shell("kill -SEGV $$"));
        assertEquals(11, result.exitCode(), "v1's exit_code: the signal number, as upstream writes it");
        assertEquals(11, result.signal());
    }

    @Test
    void aRunThatExitsHasNoSignal() throws Exception {
        assertEquals(null, runner.run(shell("exit 11")).signal());
    }

    /** True while the process exists and is not a zombie waiting for a parent that never reaps. */
    private static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        try {
            String line = Files.readString(stat);
            return line.charAt(line.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }

    private static boolean goneWithin(long pid, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (running(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Test
    void nameIsPosix() {
        assertEquals("posix", runner.name());
    }

    @Test
    void killedBySignalReportsTheSignalNumber() throws Exception {
        RunResult result = runner.run(shell("kill -9 $$"));

        assertEquals(9, result.exitCode());
        assertFalse(result.timedOut(), "the command killed itself; no timeout was involved");
    }

    private static final String BUSY_LOOP = "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done";

    @Test
    void cpuTimeOfABusyLoopIsPresentAndPlausible() throws Exception {
        RunResult busy = runner.run(shell(BUSY_LOOP));
        RunResult idle = runner.run(command("sleep", "0.3"));

        ResourceUsage work = busy.usage();
        long wallMicros = busy.wallNanos() / 1000;
        assertAll(
                () -> assertNotNull(work),
                // One thread cannot use more CPU than wall time (plus accounting granularity) ...
                () -> assertTrue(work.cpuMicros() <= wallMicros + 20_000, work + " vs wall " + wallMicros),
                // ... and a busy loop uses far more than a sleep. (Not compared with its wall time: a
                // saturated machine stretches wall time without bound, CPU time hardly at all.)
                () -> assertTrue(
                        work.cpuMicros() > 10 * idle.usage().cpuMicros(),
                        "busy " + work + " vs sleeping " + idle.usage()),
                () -> assertTrue(work.userMicros() > 0),
                () -> assertTrue(work.minorFaults() > 0, "exec alone faults pages in"),
                () -> assertTrue(
                        idle.usage().cpuMicros() < idle.wallNanos() / 1000 / 2, "sleep mostly waits: " + idle.usage()),
                () -> assertTrue(idle.usage().voluntaryContextSwitches() >= 1, "sleep blocks at least once"));
    }

    @Test
    void cpuTimeIncludesReapedDescendants() throws Exception {
        RunResult direct = runner.run(shell(BUSY_LOOP));
        // Here the shell forks the loop into a subshell and waits for it: the CPU is spent in a child.
        RunResult inChild = runner.run(shell("(" + BUSY_LOOP + "); true"));

        // The same work, so about the same CPU time; a quarter leaves room for a busy machine, where a
        // sibling hyper-thread or cold caches slow the loop (if only the shell's own CPU were counted, the
        // figure would be the shell's few milliseconds).
        assertTrue(
                inChild.usage().cpuMicros() >= direct.usage().cpuMicros() / 4,
                "in a child " + inChild.usage() + " vs direct " + direct.usage());
    }

    @Test
    void eachRunReportsItsOwnPeakNotTheLargestSoFar() throws Exception {
        int bigMib = bigMib();
        RunResult big = runner.run(touch(bigMib));
        RunResult small = runner.run(smallUntilSampled());

        PeakMemory bigPeak = big.peakMemory();
        PeakMemory smallPeak = small.peakMemory();
        assertAll(
                () -> assertNotNull(bigPeak),
                () -> assertTrue(bigPeak.kilobytes() > bigMib * 3L / 4 * MIB, bigPeak.toString()),
                () -> assertNotNull(smallPeak, "a command that outlives its first sample has a peak"),
                () -> assertTrue(smallPeak.kilobytes() < 10 * MIB, smallPeak.toString()),
                () -> assertEquals(PeakMemoryRule.PROC_VMHWM_SAMPLED, smallPeak.source()));
    }

    @Test
    void smallCommandsDoNotReportTheJvmsMemory() throws Exception {
        long jvmPeak = new ProcFiles().selfVmHwmKib();
        assumeTrue(jvmPeak > 20 * MIB, "the check needs a JVM larger than the command: " + jvmPeak);

        // /bin/true usually ends inside the 2 ms quiet start and then has no peak at all (omitted, not
        // wrong); a small command that lives a little longer must be measured, and not as the JVM's size.
        for (RunResult trueRun : List.of(runner.run(command("/bin/true")), runner.run(command("/bin/true")))) {
            PeakMemory truePeak = trueRun.peakMemory();
            assertTrue(truePeak == null || truePeak.kilobytes() < 10 * MIB, "/bin/true reported " + truePeak);
        }
        PeakMemory peak = runner.run(smallUntilSampled()).peakMemory();
        assertNotNull(peak, "a command that outlives its first sample has a peak");
        assertTrue(
                peak.kilobytes() < 10 * MIB, "a small shell reported " + peak + " with a JVM of " + jvmPeak + " KiB");
    }

    @Test
    void alternatingBigAndSmallCommandsEachReportTheirOwnPeak() throws Exception {
        int bigMib = bigMib();
        for (int i = 0; i < 3; i++) {
            PeakMemory big = runner.run(touch(bigMib)).peakMemory();
            PeakMemory small = runner.run(smallUntilSampled()).peakMemory();
            assertTrue(big != null && big.kilobytes() > bigMib * 3L / 4 * MIB, "round " + i + ": " + big);
            assertTrue(small != null && small.kilobytes() < 10 * MIB, "round " + i + ": " + small);
        }
    }

    @Test
    void peakOfATreeIsItsLargestMember() throws Exception {
        // sh stays the parent of dd (two commands), so dd's peak reaches the leader through rusage.
        int bigMib = bigMib();
        RunResult result =
                runner.run(shell("dd if=/dev/zero of=/dev/null bs=" + bigMib + "M count=1 2>/dev/null; true"));

        PeakMemory peak = result.peakMemory();
        assertNotNull(peak);
        assertTrue(
                peak.kilobytes() > bigMib * 3L / 4 * MIB && peak.kilobytes() < (bigMib + 50L) * MIB, peak.toString());
    }

    @Test
    void timeoutKillsTheWholeGroupEvenIfItIgnoresSigterm() throws Exception {
        // The shell and its background sleep both ignore SIGTERM, so only the SIGKILL after the grace works.
        CommandSpec spec = new CommandSpec(
                "current",
                List.of("/bin/sh", "-c", "trap '' TERM; sleep 30 & echo $!; wait"),
                null,
                Map.of(),
                Duration.ofMillis(300),
                0);

        RunResult result = runner.run(spec);

        // Exit 9 proves the SIGKILL: left alone, the shell would wait 30 s for its sleep and exit 0.
        long grandchild = Long.parseLong(text(result.stdout()).trim());
        assertAll(
                () -> assertTrue(result.timedOut()),
                () -> assertEquals(9, result.exitCode(), "killed by SIGKILL"),
                () -> assertTrue(goneWithin(grandchild, DYING), "grandchild " + grandchild + " survived"));
    }

    @Test
    void timeoutSendsSigtermFirst() throws Exception {
        CommandSpec spec =
                new CommandSpec("current", List.of("sleep", "30"), null, Map.of(), Duration.ofMillis(200), 0);

        RunResult result = runner.run(spec);

        assertTrue(result.timedOut());
        // Not a race with the SIGKILL grace: sleep does not handle SIGTERM, so Linux makes the process exit
        // with SIGTERM when the signal is sent, and ignores the later SIGKILL, however late sleep runs.
        assertEquals(15, result.exitCode(), "sleep dies of the SIGTERM, not of the SIGKILL after the grace");
    }

    @Test
    void backgroundProcessesLeftByTheCommandAreKilled() throws Exception {
        RunResult result = runner.run(shell("sleep 30 & echo $!"));

        long orphan = Long.parseLong(text(result.stdout()).trim());
        assertFalse(result.timedOut());
        assertTrue(goneWithin(orphan, DYING), "background sleep " + orphan + " outlived the run");
    }
}
